package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.snapshot;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.model.LicenseFamily;

class ForkKindRuleTest {

    private final ForkKindRule rule = new ForkKindRule();

    @Test
    void aForkSyncingRecentlyUnderTheSameNameAndLicenseIsSoft() {
        var s = snapshot("p", "2024-06-30").license("MIT", LicenseFamily.PERMISSIVE)
                .lineage("up", "2023-01-01", "2024-06-01", "P", "MIT").build();
        ForkStatus f = rule.apply(project("p"), s);
        assertEquals(ForkKind.SOFT, f.kind());
        assertTrue(f.syncing());
        assertEquals(List.of(), f.reasons());
    }

    @Test
    void renamedOrRelicensedIsHard() {
        var s = snapshot("p", "2024-06-30").license("AGPL-3.0-only", LicenseFamily.NETWORK_COPYLEFT)
                .lineage("up", "2024-06-01", null, "Elder", "Apache-2.0").build();
        ForkStatus f = rule.apply(project("p"), s);
        assertEquals(ForkKind.HARD, f.kind());
        assertEquals(List.of("renamed from Elder to P", "relicensed from Apache-2.0 to AGPL-3.0-only"), f.reasons());
        assertTrue(f.syncing());
    }

    @Test
    void theSamenameWrittenDifferentlyIsNotARename() {
        var s = snapshot("p", "2024-06-30").lineage("up", "2024-06-01", null, "  p!", null).build();
        assertEquals(ForkKind.SOFT, rule.apply(project("p"), s).kind());
    }

    @Test
    void noSyncForMoreThanTheSyncPeriodIsHard() {
        var s = snapshot("p", "2024-06-30").lineage("up", "2023-01-01", "2023-12-01", null, null).build();
        ForkStatus f = rule.apply(project("p"), s);
        assertEquals(ForkKind.HARD, f.kind());
        assertFalse(f.syncing());
        assertEquals(java.time.LocalDate.parse("2023-12-01"), f.lastSync());
    }

    @Test
    void exactlyTheSyncPeriodStillCounts() {
        var s = snapshot("p", "2024-06-28").lineage("up", "2023-12-31", null, null, null).build();
        assertTrue(rule.apply(project("p"), s).syncing());
    }

    @Test
    void notAForkHasNoStatus() {
        assertNull(rule.apply(project("p"), snapshot("p", "2024-06-30").build()));
    }
}
