package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.levermap.model.testing.Samples.held;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.snapshot;

import org.junit.jupiter.api.Test;

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
}
