package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.levermap.model.testing.Samples.at;
import static org.levermap.model.testing.Samples.held;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.snapshot;

import java.util.List;
import org.junit.jupiter.api.Test;

class StewardRuleTest {

    private final StewardRule rule = new StewardRule();

    @Test
    void theActorHoldingMostLeversIsTheSteward() {
        var p = project("p", Lever.BRAND, held("acme"), Lever.ADMINS, held("acme"), held("alice"),
                Lever.LEGAL_ENTITY, held("openfound"));
        Steward s = rule.apply(Judge.facts(p)).orElseThrow();
        assertEquals("acme", s.actor());
        assertEquals(List.of(Lever.BRAND, Lever.ADMINS), s.levers());
        assertEquals("Acme holds 2 of the known control levers: name and brand, admin rights.", s.reason());
    }

    @Test
    void collectedHoldersCountAndTheReasonSaysWhereTheyComeFrom() {
        Steward s = rule.apply(Judge.facts(project("p"), FactsTest.globexPublishes())).orElseThrow();
        assertEquals("globex", s.actor());
        assertEquals(List.of(Lever.BRAND, Lever.RELEASE_SIGNING, Lever.DOMAIN), s.levers());
        assertEquals("Globex holds 3 of the known control levers: name and brand (collected from its platform's API),"
                + " release signing (collected from its platform's API), domain (collected from its platform's API).",
                s.reason());
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
        assertTrue(s.reason().endsWith("right to change the license, the repository (acme)."), s.reason());
    }
}
