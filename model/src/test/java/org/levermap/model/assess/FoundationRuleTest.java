package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.levermap.model.testing.Samples.held;
import static org.levermap.model.testing.Samples.project;

import org.junit.jupiter.api.Test;

class FoundationRuleTest {

    private final FoundationRule rule = new FoundationRule();

    @Test
    void legalEntityHeldByAFoundationMakesAFoundationProject() {
        Verdict v = rule.apply(Judge.facts(project("p", Lever.LEGAL_ENTITY, held("openfound")))).orElseThrow();
        assertEquals(GovernanceModel.FOUNDATION, v.model());
        assertEquals("Legal entity: held by Openfound (a foundation).", v.reasons().get(0).text());
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
