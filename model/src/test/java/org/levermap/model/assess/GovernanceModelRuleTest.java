package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.levermap.model.testing.Samples.held;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.value;

import java.util.List;

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
        assertEquals(ReasonCode.NO_DECISIVE_EVIDENCE, v.reasons().get(0).code());
        assertEquals("The legal entity, the name and the final decisions are not documented, no organisation makes"
                + " most of the commits, and the repository's owner is not known.", v.reasons().get(0).text());
        assertTrue(v.reasons().get(0).wouldDecide().startsWith("who holds the legal entity, the name or the final"
                + " decisions"), "an unknown says what would decide it");
    }

    @Test
    void leversThatFitNoModelAreListed() {
        var p = project("p", Lever.DECISIONS, value("a council"), Lever.BRAND, held("alice"));
        Verdict v = GovernanceModelRule.decide(Judge.facts(p));
        assertEquals(GovernanceModel.UNKNOWN, v.model());
        assertEquals(ReasonCode.LEVERS_FIT_NO_MODEL, v.reasons().get(0).code());
        assertTrue(v.reasons().get(0).text().startsWith("The documented levers fit none of the models (name and brand:"
                + " Alice (a person); final decisions: a council)"), v.reasons().get(0).text());
        assertTrue(v.reasons().get(0).wouldDecide() != null);
    }
}
