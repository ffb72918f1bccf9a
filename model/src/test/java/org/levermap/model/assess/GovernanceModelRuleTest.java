package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.levermap.model.testing.Samples.held;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.value;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.model.phrase.Phrase;
import org.levermap.model.testing.Phrases;

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
        assertEquals(PhraseKey.OWNER_UNKNOWN, Phrases.part(v.reasons().get(0).text(), "owner").key());
        assertEquals(PhraseKey.DECIDE_MODEL_OR_OWNER, v.reasons().get(0).wouldDecide().key(),
                "an unknown says what would decide it");
    }

    @Test
    void leversThatFitNoModelAreListed() {
        var p = project("p", Lever.DECISIONS, value("a council"), Lever.BRAND, held("alice"));
        Verdict v = GovernanceModelRule.decide(Judge.facts(p));
        assertEquals(GovernanceModel.UNKNOWN, v.model());
        assertEquals(ReasonCode.LEVERS_FIT_NO_MODEL, v.reasons().get(0).code());
        List<?> levers = (List<?>) Phrases.arg(v.reasons().get(0).text(), "levers");
        assertEquals(2, levers.size());
        Phrase brand = (Phrase) levers.get(0);
        assertEquals(Lever.BRAND, Phrases.arg(brand, "lever"));
        assertEquals(List.of("alice", Lever.BRAND), Phrases.values(brand));
        Phrase decisions = (Phrase) levers.get(1);
        assertEquals(Lever.DECISIONS, Phrases.arg(decisions, "lever"));
        assertEquals(List.of("a council", Lever.DECISIONS), Phrases.values(decisions));
        assertTrue(v.reasons().get(0).wouldDecide() != null);
    }
}
