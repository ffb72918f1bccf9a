package org.levermap.model.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.snapshot;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.model.phrase.Arg;
import org.levermap.model.phrase.Phrase;

class DcoRuleTest {

    private final DcoRule rule = new DcoRule();

    private List<Change> changes(double before, double after) {
        return rule.changes(Steps.of(project("p"), snapshot("p", "2024-01-31").terms(false, before).build(),
                snapshot("p", "2024-02-29").terms(false, after).build()));
    }

    @Test
    void theDcoAppearingOrGoingIsInfo() {
        Change c = changes(0.1, 0.95).get(0);
        assertEquals(Severity.INFO, c.severity());
        assertEquals(new Arg.Part(Phrase.of(ChangeText.SIGNED_OFF).share("share", 0.10)), c.from());
        assertEquals(new Arg.Part(Phrase.of(ChangeText.SIGNED_OFF).share("share", 0.95)), c.to());
        assertEquals(Severity.INFO, changes(0.9, 0.2).get(0).severity());
    }

    @Test
    void staysOnOneSideOfHalfIsNothing() {
        assertTrue(changes(0.6, 0.99).isEmpty());
    }
}
