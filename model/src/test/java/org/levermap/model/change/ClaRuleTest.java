package org.levermap.model.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.snapshot;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaRuleTest {

    private final ClaRule rule = new ClaRule();

    private List<Change> changes(boolean before, boolean after) {
        return rule.changes(Steps.of(project("p"), snapshot("p", "2024-01-31").terms(before, null).build(),
                snapshot("p", "2024-02-29").terms(after, null).build()));
    }

    @Test
    void aClaAppearingIsNotableAndCitesItsEvidence() {
        Change c = changes(false, true).get(0);
        assertEquals(Severity.NOTABLE, c.severity());
        assertEquals(ChangeKind.CLA, c.kind());
        assertEquals(".github/cla.yml", c.evidence().get(0).evidence().path());
    }

    @Test
    void aClaGoingIsInfo() {
        assertEquals(Severity.INFO, changes(true, false).get(0).severity());
    }

    @Test
    void noChangeAndUnobservedTermsAreNothing() {
        assertTrue(changes(true, true).isEmpty());
        assertTrue(rule.changes(Steps.of(project("p"), snapshot("p", "2024-01-31").build(),
                snapshot("p", "2024-02-29").terms(true, null).build())).isEmpty());
    }
}
