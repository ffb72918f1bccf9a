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
        assertEquals(List.of(), f.reasonTexts());
    }

    @Test
    void renamedOrRelicensedIsHard() {
        var s = snapshot("p", "2024-06-30").license("AGPL-3.0-only", LicenseFamily.NETWORK_COPYLEFT)
                .lineage("up", "2024-06-01", null, "Elder", "Apache-2.0").build();
        ForkStatus f = rule.apply(project("p"), s);
        assertEquals(ForkKind.HARD, f.kind());
        assertEquals(List.of("renamed: Elder at the fork point, P now",
                "relicensed: Apache-2.0 at the fork point, AGPL-3.0-only now"), f.reasonTexts());
        assertTrue(f.syncing());
    }

    @Test
    void theSamenameWrittenDifferentlyIsNotARename() {
        var s = snapshot("p", "2024-06-30").lineage("up", "2024-06-01", null, "  p!", null).build();
        assertEquals(ForkKind.SOFT, rule.apply(project("p"), s).kind());
    }

    @Test
    void noSyncForMoreThanAYearIsHardByDrift() {
        var s = snapshot("p", "2024-06-30").lineage("up", "2022-03-15", "2023-06-01", null, null).build();
        ForkStatus f = rule.apply(project("p"), s);
        assertEquals(ForkKind.HARD, f.kind());
        assertFalse(f.syncing());
        assertEquals(java.time.LocalDate.parse("2023-06-01"), f.lastSync());
        assertEquals(List.of("stopped syncing: last merged upstream on 2023-06-01, 395 days before 2024-06-30"
                + " (more than 365)"), f.reasonTexts());
        var sameForkEarlier = snapshot("p", "2024-04-30").lineage("up", "2022-03-15", "2023-06-01", null, null).build();
        assertEquals(ForkKind.SOFT, rule.apply(project("p"), sameForkEarlier).kind(), "334 days is within the period");
    }

    @Test
    void aForkThatNeverSyncedDriftsFromItsForkPoint() {
        var s = snapshot("p", "2023-12-31").lineage("up", "2022-03-15", null, null, null).build();
        assertEquals(List.of("never synced since the fork point of 2022-03-15, 656 days before 2023-12-31 (more than 365)"),
                rule.apply(project("p"), s).reasonTexts());
    }

    @Test
    void exactlyTheSyncPeriodStillCounts() {
        var s = snapshot("p", "2024-06-28").lineage("up", "2023-06-29", null, null, null).build();
        assertTrue(rule.apply(project("p"), s).syncing());
    }

    @Test
    void aForkWhoseUpstreamRelicensedAndThatWasRenamedIsHardForBothReasons() {
        var s = snapshot("valkey", "2024-06-30").license("BSD-3-Clause", LicenseFamily.PERMISSIVE)
                .lineage("redis", "2024-03-20", null, "Redis", "BSD-3-Clause", "Valkey", "RSALv2 OR SSPL-1.0").build();
        ForkStatus f = rule.apply(project("valkey"), s);
        assertEquals(ForkKind.HARD, f.kind());
        assertEquals(List.of("renamed: Redis at the fork point, Valkey now",
                "licenses diverged: upstream moved from BSD-3-Clause to RSALv2 OR SSPL-1.0, the fork kept BSD-3-Clause"),
                f.reasonTexts());
    }

    @Test
    void aForkThatFollowedUpstreamsRelicensingIsNotRelicensedByItself() {
        var s = snapshot("p", "2024-06-30").license("BUSL-1.1", LicenseFamily.SOURCE_AVAILABLE)
                .lineage("up", "2024-01-01", "2024-06-01", "P", "MPL-2.0", "P", "BUSL-1.1").build();
        assertEquals(ForkKind.SOFT, rule.apply(project("p"), s).kind());
    }

    @Test
    void notAForkHasNoStatus() {
        assertNull(rule.apply(project("p"), snapshot("p", "2024-06-30").build()));
    }
}
