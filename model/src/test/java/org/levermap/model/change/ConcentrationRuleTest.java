package org.levermap.model.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.snapshot;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.model.phrase.Arg;

class ConcentrationRuleTest {

    private final ConcentrationRule rule = new ConcentrationRule();

    private List<Change> changes(double before, double after) {
        return rule.changes(Steps.of(project("p"),
                snapshot("p", "2024-01-31").concentration(3, "acme", "acme", before).build(),
                snapshot("p", "2024-02-29").concentration(3, "acme", "acme", after).build()));
    }

    @Test
    void crossingAboveHalfIsNotable() {
        Change c = changes(0.45, 0.62).get(0);
        assertEquals(Severity.NOTABLE, c.severity());
        assertEquals(new Arg.Share(0.45), c.from());
        assertEquals(new Arg.Share(0.62), c.to());
        assertEquals(new Arg.Text("acme"), c.subject());
    }

    @Test
    void fallingBackIsInfoAndStayingIsNothing() {
        assertEquals(Severity.INFO, changes(0.7, 0.5).get(0).severity());
        assertTrue(changes(0.7, 0.9).isEmpty());
        assertTrue(changes(0.2, 0.5).isEmpty());
    }
}
