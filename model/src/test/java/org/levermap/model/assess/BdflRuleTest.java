package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.levermap.model.testing.Samples.held;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.value;

import org.junit.jupiter.api.Test;
import org.levermap.model.phrase.Phrase;

class BdflRuleTest {

    private final BdflRule rule = new BdflRule();

    @Test
    void onePersonWithTheFinalSayIsABdfl() {
        Verdict v = rule.apply(Judge.facts(project("p", Lever.DECISIONS, held("alice")))).orElseThrow();
        assertEquals(GovernanceModel.BDFL, v.model());
        assertEquals(Phrase.of(ReasonCode.PERSON_HOLDS_DECISIONS).actor("person", "alice"), v.reasons().get(0).text());
    }

    @Test
    void onePersonHoldingTheNameWithNoDecisionProcessIsABdfl() {
        assertTrue(rule.apply(Judge.facts(project("p", Lever.BRAND, held("alice")))).isPresent());
    }

    @Test
    void aDocumentedDecisionBodyOutweighsThePersonHoldingTheName() {
        assertTrue(rule.apply(Judge.facts(project("p", Lever.BRAND, held("alice"), Lever.DECISIONS,
                value("TSC of 7")))).isEmpty());
    }

    @Test
    void twoPeopleDecidingAreNotABdfl() {
        assertTrue(rule.apply(Judge.facts(project("p", Lever.DECISIONS, held("alice"), held("bob")))).isEmpty());
    }

    @Test
    void onePersonOwningTheRepositoryWithNothingElseDocumentedIsABdfl() {
        var p = org.levermap.model.testing.Samples.at(project("p"), "https://github.com/alice/p", null);
        assertEquals(ReasonCode.PERSON_OWNS_REPOSITORY, new BdflRule().apply(Judge.facts(p)).orElseThrow().reasons()
                .get(0).code());
        var named = org.levermap.model.testing.Samples.at(project("p", Lever.BRAND, held("tsc")),
                "https://github.com/alice/p", null);
        assertTrue(new BdflRule().apply(Judge.facts(named)).isEmpty(), "a name held elsewhere outweighs the account");
    }
}
