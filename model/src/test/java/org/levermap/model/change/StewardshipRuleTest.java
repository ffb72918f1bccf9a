package org.levermap.model.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.levermap.model.testing.Samples.held;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.snapshot;

import org.junit.jupiter.api.Test;
import org.levermap.model.assess.Lever;
import org.levermap.model.phrase.Arg;

class StewardshipRuleTest {

    private final StewardshipRule rule = new StewardshipRule();

    @Test
    void aNewStewardIsNotable() {
        var p = project("p", Lever.BRAND, held("acme", null, "2024-02-01"), held("globex", "2024-02-02", null));
        Change c = rule.changes(Steps.of(p, snapshot("p", "2024-01-31").build(), snapshot("p", "2024-02-29").build()))
                .get(0);
        assertEquals(Severity.NOTABLE, c.severity());
        assertEquals(new Arg.Actor("acme"), c.from());
        assertEquals(new Arg.Actor("globex"), c.to());
    }

    @Test
    void aStewardAppearingInTheDataIsInfo() {
        var p = project("p", Lever.BRAND, held("acme", "2024-02-02", null));
        Change c = rule.changes(Steps.of(p, snapshot("p", "2024-01-31").build(), snapshot("p", "2024-02-29").build()))
                .get(0);
        assertEquals(Severity.INFO, c.severity());
        assertNull(c.from(), "none");
    }
}
