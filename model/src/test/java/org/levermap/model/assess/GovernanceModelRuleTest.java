package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.levermap.model.testing.Samples.held;
import static org.levermap.model.testing.Samples.project;

import org.junit.jupiter.api.Test;

class GovernanceModelRuleTest {

    @Test
    void theFirstRuleThatAppliesDecides() {
        // A foundation holds the legal entity, a company the name: the foundation rule comes first.
        var p = project("p", Lever.LEGAL_ENTITY, held("openfound"), Lever.BRAND, held("acme"));
        assertEquals(GovernanceModel.FOUNDATION, GovernanceModelRule.decide(Judge.facts(p)).model());
    }

    @Test
    void nothingDocumentedIsUnknownWithAReason() {
        Verdict v = GovernanceModelRule.decide(Judge.facts(project("p")));
        assertEquals(GovernanceModel.UNKNOWN, v.model());
        assertEquals(1, v.reasons().size());
    }
}
