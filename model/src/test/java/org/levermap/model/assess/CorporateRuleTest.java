package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.levermap.model.testing.Samples.at;
import static org.levermap.model.testing.Samples.held;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.snapshot;
import static org.levermap.model.testing.Samples.value;

import org.junit.jupiter.api.Test;
import org.levermap.model.LicenseFamily;
import org.levermap.model.phrase.Phrase;
import org.levermap.model.testing.Phrases;

class CorporateRuleTest {

    private final CorporateRule rule = new CorporateRule();

    @Test
    void oneCompanyHoldingTheNameIsCorporateLed() {
        Verdict v = rule.apply(Judge.facts(project("p", Lever.BRAND, held("acme")))).orElseThrow();
        assertEquals(GovernanceModel.CORPORATE_LED, v.model());
        assertEquals(Phrase.of(ReasonCode.COMPANY_HOLDS_DECISIVE_LEVER).actor("company", "acme").term("lever", Lever.BRAND),
                v.reasons().get(0).text());
    }

    @Test
    void aSubsidiaryCountsAsItsParent() {
        Verdict v = rule.apply(Judge.facts(project("p", Lever.LEGAL_ENTITY, held("acme-labs")))).orElseThrow();
        assertEquals("acme", Phrases.arg(v.reasons().get(0).text(), "company"));
    }

    @Test
    void withNothingCuratedAMajorityOfCommitsDecides() {
        var s = snapshot("p", "2024-01-31").concentration(2, "acme", "acme", 0.7, "individuals", null, 0.3).build();
        Verdict v = rule.apply(Judge.facts(project("p"), s)).orElseThrow();
        assertEquals(Phrase.of(ReasonCode.COMPANY_MAKES_MOST_COMMITS).actor("company", "acme").share("share", 0.7),
                v.reasons().get(0).text());
    }

    @Test
    void halfOfTheCommitsIsNotAMajority() {
        var s = snapshot("p", "2024-01-31").concentration(2, "acme", "acme", 0.5, "globex", "globex", 0.5).build();
        assertTrue(rule.apply(Judge.facts(project("p"), s)).isEmpty());
    }

    private static final String ACME_REPO = "https://github.com/acme/p";

    @Test
    void theCompanyOwningTheRepositoryAndHoldingTheLicenseLeadsIt() {
        var p = at(project("p", Lever.LICENSE_CHANGE, held("acme")), ACME_REPO, null);
        Verdict v = rule.apply(Judge.facts(p)).orElseThrow();
        assertEquals(ReasonCode.COMPANY_HOLDS_REPOSITORY_AND_LICENSE, v.reasons().get(0).code());
        assertEquals(Phrase.of(ReasonCode.COMPANY_HOLDS_REPOSITORY_AND_LICENSE).actor("company", "acme")
                .text("account", "acme").part("how", Phrase.of(PhraseKey.OWNER_HOLDS_CURATED_LICENSE_RIGHT)),
                v.reasons().get(0).text());
    }

    @Test
    void theLicensorOrTheClaCounterpartyHoldsTheLicenseToo() {
        var licensor = snapshot("p", "2024-01-31").copyright("BUSL-1.1", LicenseFamily.SOURCE_AVAILABLE, "acme").build();
        assertEquals(ReasonCode.COMPANY_HOLDS_REPOSITORY_AND_LICENSE, rule.apply(Judge.facts(at(project("p"),
                ACME_REPO, null), licensor)).orElseThrow().reasons().get(0).code());
        var cla = snapshot("p", "2024-01-31").license("MPL-2.0", LicenseFamily.WEAK_COPYLEFT).terms(true, null).build();
        assertEquals(ReasonCode.COMPANY_HOLDS_REPOSITORY_AND_LICENSE, rule.apply(Judge.facts(at(project("p"),
                ACME_REPO, null), cla)).orElseThrow().reasons().get(0).code());
    }

    @Test
    void staffOnPersonalAddressesStillWorkInTheCompanysCodeownersTeams() {
        // Most commits come from personal addresses ("individuals"), but every CODEOWNERS team is Acme's.
        var s = snapshot("p", "2024-01-31").maintainers("@acme/core", "@Acme/docs")
                .concentration(4, "individuals", null, 0.7, "acme", "acme", 0.3).build();
        Verdict v = rule.apply(Judge.facts(at(project("p"), ACME_REPO, null), s)).orElseThrow();
        assertEquals(ReasonCode.COMPANY_HOLDS_REPOSITORY_AND_WORK, v.reasons().get(0).code());
        Phrase work = Phrases.part(v.reasons().get(0).text(), "work");
        assertEquals(PhraseKey.WORK_OWNER_TEAMS, work.key());
        assertEquals(2L, Phrases.arg(work, "teams"));
    }

    @Test
    void owningTheRepositoryAloneIsNotEnough() {
        var s = snapshot("p", "2024-01-31").maintainers("@acme/core", "@globex/docs")
                .license("MIT", LicenseFamily.PERMISSIVE).terms(false, 0.0)
                .concentration(4, "individuals", null, 0.7, "acme", "acme", 0.3).build();
        assertTrue(rule.apply(Judge.facts(at(project("p"), ACME_REPO, null), s)).isEmpty());
    }

    @Test
    void theCompanyOwningTheRepositoryAndAloneAdministeringItLeadsItWhenNoDecisionProcessIsDocumented() {
        var p = at(project("p", Lever.ADMINS, held("acme"), Lever.LICENSE_CHANGE, held("acme"), held("globex")),
                ACME_REPO, null);
        assertEquals(ReasonCode.COMPANY_HOLDS_REPOSITORY_AND_ADMINS, rule.apply(Judge.facts(p)).orElseThrow().reasons()
                .get(0).code());
        var council = at(project("p", Lever.ADMINS, held("acme"), Lever.DECISIONS, value("an elected council")),
                ACME_REPO, null);
        assertTrue(rule.apply(Judge.facts(council)).isEmpty(), "the documented process decides, not the admins");
    }
}
