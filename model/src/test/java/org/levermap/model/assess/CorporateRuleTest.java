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

class CorporateRuleTest {

    private final CorporateRule rule = new CorporateRule();

    @Test
    void oneCompanyHoldingTheNameIsCorporateLed() {
        Verdict v = rule.apply(Judge.facts(project("p", Lever.BRAND, held("acme")))).orElseThrow();
        assertEquals(GovernanceModel.CORPORATE_LED, v.model());
        assertEquals("Acme (a company) alone holds the name and brand.", v.reasons().get(0).text());
    }

    @Test
    void aSubsidiaryCountsAsItsParent() {
        Verdict v = rule.apply(Judge.facts(project("p", Lever.LEGAL_ENTITY, held("acme-labs")))).orElseThrow();
        assertTrue(v.reasons().get(0).text().startsWith("Acme (a company)"), v.reasons().get(0).text());
    }

    @Test
    void withNothingCuratedAMajorityOfCommitsDecides() {
        var s = snapshot("p", "2024-01-31").concentration(2, "acme", "acme", 0.7, "individuals", null, 0.3).build();
        Verdict v = rule.apply(Judge.facts(project("p"), s)).orElseThrow();
        assertEquals("Acme (a company) makes 70% of the commits, and no other holder of the legal entity, the name"
                + " or the final decisions is documented.", v.reasons().get(0).text());
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
        assertEquals("Acme (a company) owns the repository (acme) and alone holds the right to change the license.",
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
        assertTrue(v.reasons().get(0).text().contains("every CODEOWNERS team (2)"), v.reasons().get(0).text());
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
