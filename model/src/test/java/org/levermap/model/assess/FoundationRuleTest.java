package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.levermap.model.testing.Samples.held;
import static org.levermap.model.testing.Samples.project;

import org.junit.jupiter.api.Test;
import org.levermap.model.phrase.Phrase;

class FoundationRuleTest {

    private final FoundationRule rule = new FoundationRule();

    @Test
    void legalEntityHeldByAFoundationMakesAFoundationProject() {
        Verdict v = rule.apply(Judge.facts(project("p", Lever.LEGAL_ENTITY, held("openfound")))).orElseThrow();
        assertEquals(GovernanceModel.FOUNDATION, v.model());
        assertEquals(Phrase.of(ReasonCode.FOUNDATION_HOLDS_ENTITY_OR_NAME).term("lever", Lever.LEGAL_ENTITY)
                .actor("holder", "openfound"), v.reasons().get(0).text());
    }

    @Test
    void brandHeldByANonProfitCountsToo() {
        assertTrue(rule.apply(Judge.facts(project("p", Lever.BRAND, held("nonprof")))).isPresent());
    }

    @Test
    void aCompanyHoldingTheLegalEntityIsNotAFoundation() {
        assertTrue(rule.apply(Judge.facts(project("p", Lever.LEGAL_ENTITY, held("acme")))).isEmpty());
    }

    @Test
    void aFactThatEndedNoLongerCounts() {
        var p = project("p", Lever.LEGAL_ENTITY, held("openfound", "2019-01-01", "2020-01-01"));
        assertTrue(rule.apply(Judge.facts(p)).isEmpty());
    }
}
