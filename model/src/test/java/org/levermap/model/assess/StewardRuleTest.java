package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.levermap.model.testing.Samples.at;
import static org.levermap.model.testing.Samples.held;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.snapshot;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.model.phrase.Arg;
import org.levermap.model.phrase.Phrase;

class StewardRuleTest {

    private final StewardRule rule = new StewardRule();

    @Test
    void theActorHoldingMostLeversIsTheSteward() {
        var p = project("p", Lever.BRAND, held("acme"), Lever.ADMINS, held("acme"), held("alice"),
                Lever.LEGAL_ENTITY, held("openfound"));
        Steward s = rule.apply(Judge.facts(p)).orElseThrow();
        assertEquals("acme", s.actor());
        assertEquals(List.of(Lever.BRAND, Lever.ADMINS), s.levers());
        Phrase lever = Phrase.of(PhraseKey.STEWARD_LEVER);
        assertEquals(Phrase.of(ReasonCode.HOLDS_MOST_CONTROL_LEVERS).actor("steward", "acme").count("count", 2)
                .several("levers", List.of(new Arg.Part(lever.term("lever", Lever.BRAND)),
                        new Arg.Part(lever.term("lever", Lever.ADMINS))), Arg.Joint.COMMA), s.reason());
    }

    @Test
    void collectedHoldersCountAndTheReasonSaysWhereTheyComeFrom() {
        Steward s = rule.apply(Judge.facts(project("p"), FactsTest.globexPublishes())).orElseThrow();
        assertEquals("globex", s.actor());
        assertEquals(List.of(Lever.BRAND, Lever.RELEASE_SIGNING, Lever.DOMAIN), s.levers());
        Phrase collected = Phrase.of(PhraseKey.STEWARD_LEVER_COLLECTED);
        assertEquals(Phrase.of(ReasonCode.HOLDS_MOST_CONTROL_LEVERS).actor("steward", "globex").count("count", 3)
                .several("levers", List.of(new Arg.Part(collected.term("lever", Lever.BRAND)),
                        new Arg.Part(collected.term("lever", Lever.RELEASE_SIGNING)),
                        new Arg.Part(collected.term("lever", Lever.DOMAIN))), Arg.Joint.COMMA), s.reason());
    }

    @Test
    void aTieGoesToTheWeightierLever() {
        var p = project("p", Lever.FUNDING, held("acme"), Lever.LEGAL_ENTITY, held("openfound"));
        assertEquals("openfound", rule.apply(Judge.facts(p)).orElseThrow().actor());
    }

    @Test
    void levelsOfASubsidiaryCountForItsParent() {
        var p = project("p", Lever.BRAND, held("acme-labs"), Lever.ADMINS, held("acme"), Lever.LEGAL_ENTITY,
                held("globex"));
        assertEquals("acme", rule.apply(Judge.facts(p)).orElseThrow().actor());
    }

    @Test
    void withNoLeverTheMajorityOrganisationIsTheSteward() {
        var s = snapshot("p", "2024-01-31").concentration(1, "acme.com", "acme", 0.9).build();
        Steward steward = rule.apply(Judge.facts(project("p"), s)).orElseThrow();
        assertEquals("acme", steward.actor());
        assertTrue(steward.levers().isEmpty());
    }

    @Test
    void noLeverAndNoMajorityMeansNoSteward() {
        var s = snapshot("p", "2024-01-31").concentration(4, "acme.com", "acme", 0.4).build();
        assertTrue(rule.apply(Judge.facts(project("p"), s)).isEmpty());
    }

    @Test
    void aFunderIsNotTheStewardWhenAnyoneControlsTheProject() {
        var p = at(project("p", Lever.FUNDING, held("globex"), Lever.COMPUTE, held("globex")),
                "https://github.com/openfound/p", null);
        Steward s = rule.apply(Judge.facts(p)).orElseThrow();
        assertEquals("openfound", s.actor(), "the repository's owner controls; the funder pays");
        assertEquals(ReasonCode.OWNS_THE_REPOSITORY, s.code());
        assertTrue(s.ownsRepository());
    }

    @Test
    void theOnlyFunderIsTheStewardWhenNothingElseIsKnown() {
        Steward s = rule.apply(Judge.facts(project("p", Lever.COMPUTE, held("globex")))).orElseThrow();
        assertEquals("globex", s.actor());
        assertEquals(ReasonCode.ONLY_FUNDER_KNOWN, s.code());
    }

    @Test
    void twoFundersAndNothingElseMeanNoSteward() {
        var p = project("p", Lever.FUNDING, held("globex"), held("acme"), Lever.COMPUTE, held("globex"));
        assertTrue(rule.apply(Judge.facts(p)).isEmpty());
    }

    @Test
    void owningTheRepositoryCountsAsAControlLever() {
        var p = at(project("p", Lever.LICENSE_CHANGE, held("acme"), Lever.ADMINS, held("globex")),
                "https://github.com/acme/p", null);
        Steward s = rule.apply(Judge.facts(p)).orElseThrow();
        assertEquals("acme", s.actor());
        assertEquals(ReasonCode.HOLDS_MOST_CONTROL_LEVERS, s.code());
        assertEquals(List.of(new Arg.Part(Phrase.of(PhraseKey.STEWARD_LEVER).term("lever", Lever.LICENSE_CHANGE)),
                new Arg.Part(Phrase.of(PhraseKey.STEWARD_REPOSITORY).text("account", "acme"))),
                ((Arg.Several) s.reason().args().get("levers")).values(), "the license right, then the repository");
    }
}
