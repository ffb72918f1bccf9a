package org.levermap.model.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.levermap.model.testing.Samples.held;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.snapshot;

import org.junit.jupiter.api.Test;
import org.levermap.model.assess.Lever;
import org.levermap.model.assess.GovernanceModel;
import org.levermap.model.phrase.Arg;

class GovernanceRuleTest {

    private final GovernanceRule rule = new GovernanceRule();

    @Test
    void aMoveFromAFoundationToACompanyIsAnAlert() {
        var p = project("p", Lever.LEGAL_ENTITY, held("openfound", null, "2024-02-01"), held("acme", "2024-02-02", null));
        Change c = rule.changes(Steps.of(p, snapshot("p", "2024-01-31").build(), snapshot("p", "2024-02-29").build()))
                .get(0);
        assertEquals(Severity.ALERT, c.severity());
        assertEquals(new Arg.Term(GovernanceModel.FOUNDATION), c.from());
        assertEquals(new Arg.Term(GovernanceModel.CORPORATE_LED), c.to());
    }

    @Test
    void aMoveFromACompanyToAFoundationIsNotable() {
        var p = project("p", Lever.LEGAL_ENTITY, held("acme", null, "2024-02-01"), held("openfound", "2024-02-02", null));
        assertEquals(Severity.NOTABLE, rule.changes(Steps.of(p, snapshot("p", "2024-01-31").build(),
                snapshot("p", "2024-02-29").build())).get(0).severity());
    }

    @Test
    void leavingUnknownIsInfoAndNoMoveIsNothing() {
        var p = project("p", Lever.BRAND, held("acme", "2024-02-02", null));
        assertEquals(Severity.INFO, rule.changes(Steps.of(p, snapshot("p", "2024-01-31").build(),
                snapshot("p", "2024-02-29").build())).get(0).severity());
        assertTrue(rule.changes(Steps.of(p, snapshot("p", "2024-03-31").build(),
                snapshot("p", "2024-04-30").build())).isEmpty());
    }
}
