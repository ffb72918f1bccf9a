package org.levermap.model.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.snapshot;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.model.LicenseFamily;
import org.levermap.model.phrase.Arg;
import org.levermap.model.phrase.Phrase;
import org.levermap.model.testing.Phrases;

class ForkSyncRuleTest {

    private final ForkSyncRule rule = new ForkSyncRule();

    @Test
    void stoppingSyncsIsNotable() {
        List<Change> changes = rule.changes(Steps.of(project("p"),
                snapshot("p", "2024-01-31").lineage("up", "2023-01-01", "2023-12-01", null, null).build(),
                snapshot("p", "2025-01-31").lineage("up", "2023-01-01", "2023-12-01", null, null).build()));
        assertEquals(1, changes.size());
        assertEquals(Severity.NOTABLE, changes.get(0).severity());
        assertEquals(new Arg.Part(Phrase.of(ChangeText.STOPPED_SYNCING)), changes.get(0).to());
    }

    @Test
    void syncingAgainIsInfo() {
        List<Change> changes = rule.changes(Steps.of(project("p"),
                snapshot("p", "2025-01-31").lineage("up", "2023-01-01", "2023-12-01", null, null).build(),
                snapshot("p", "2025-02-28").lineage("up", "2023-01-01", "2025-02-01", null, null).build()));
        assertEquals(Severity.INFO, changes.get(0).severity());
    }

    @Test
    void relicensingMakesAHardForkNotable() {
        List<Change> changes = rule.changes(Steps.of(project("p"),
                snapshot("p", "2024-01-31").license("MIT", LicenseFamily.PERMISSIVE)
                        .lineage("up", "2024-01-01", null, null, "MIT").build(),
                snapshot("p", "2024-02-29").license("GPL-3.0-only", LicenseFamily.STRONG_COPYLEFT)
                        .lineage("up", "2024-02-01", null, null, "MIT").build()));
        assertEquals(1, changes.size());
        assertEquals(ChangeText.FORK_HARD, changes.get(0).summary().key());
        List<?> reasons = (List<?>) Phrases.arg(changes.get(0).summary(), "reasons");
        org.levermap.model.phrase.Phrase relicensed = (org.levermap.model.phrase.Phrase) reasons.get(0);
        assertEquals(org.levermap.model.assess.ReasonCode.FORK_RELICENSED, relicensed.key());
        assertEquals(List.of("MIT", "GPL-3.0-only"), List.of(Phrases.arg(relicensed, "atFork"), Phrases.arg(relicensed, "now")));
    }
}
