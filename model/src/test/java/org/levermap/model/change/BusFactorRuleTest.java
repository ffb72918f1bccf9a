package org.levermap.model.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.snapshot;

import java.util.List;
import org.junit.jupiter.api.Test;

class BusFactorRuleTest {

    private final BusFactorRule rule = new BusFactorRule();

    private List<Change> changes(int before, int after) {
        return rule.changes(Steps.of(project("p"), snapshot("p", "2024-01-31").concentration(before).build(),
                snapshot("p", "2024-02-29").concentration(after).build()));
    }

    @Test
    void fallingByTwoOrMoreIsNotableToOneAnAlertRisingInfo() {
        assertEquals(Severity.NOTABLE, changes(5, 3).get(0).severity());
        assertEquals(Severity.ALERT, changes(3, 1).get(0).severity());
        assertEquals(Severity.INFO, changes(2, 4).get(0).severity());
        assertTrue(changes(3, 3).isEmpty());
    }

    @Test
    void aStepOfOneEitherWayIsRoutineInfo() {
        assertEquals(Severity.INFO, changes(2, 1).get(0).severity());
        assertEquals(Severity.INFO, changes(4, 3).get(0).severity());
        assertEquals(Severity.INFO, changes(3, 4).get(0).severity());
    }
}
