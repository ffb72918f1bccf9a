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
import org.levermap.model.phrase.Phrase;
import org.levermap.model.testing.Phrases;

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
        assertEquals(List.of(ReasonCode.FORK_RENAMED, ReasonCode.FORK_RELICENSED), codes(f));
        assertEquals("Elder", Phrases.arg(f.reasons().get(0).text(), "atFork"));
        assertEquals("P", Phrases.arg(f.reasons().get(0).text(), "now"));
        assertEquals("Apache-2.0", Phrases.arg(f.reasons().get(1).text(), "atFork"));
        assertEquals("AGPL-3.0-only", Phrases.arg(f.reasons().get(1).text(), "now"));
        assertNull(Phrases.arg(f.reasons().get(1).text(), "upstream"), "no upstream license is known");
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
        assertEquals(List.of(ReasonCode.FORK_STOPPED_SYNCING), codes(f));
        assertEquals(java.time.LocalDate.parse("2023-06-01"), Phrases.arg(f.reasons().get(0).text(), "since"));
        assertEquals(395L, Phrases.arg(f.reasons().get(0).text(), "days"));
        assertEquals(365L, Phrases.arg(f.reasons().get(0).text(), "period"));
        var sameForkEarlier = snapshot("p", "2024-04-30").lineage("up", "2022-03-15", "2023-06-01", null, null).build();
        assertEquals(ForkKind.SOFT, rule.apply(project("p"), sameForkEarlier).kind(), "334 days is within the period");
    }

    @Test
    void aForkThatNeverSyncedDriftsFromItsForkPoint() {
        var s = snapshot("p", "2023-12-31").lineage("up", "2022-03-15", null, null, null).build();
        ForkStatus f = rule.apply(project("p"), s);
        assertEquals(List.of(ReasonCode.FORK_NEVER_SYNCED), codes(f));
        assertEquals(java.time.LocalDate.parse("2022-03-15"), Phrases.arg(f.reasons().get(0).text(), "since"));
        assertEquals(656L, Phrases.arg(f.reasons().get(0).text(), "days"));
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
        assertEquals(List.of(ReasonCode.FORK_RENAMED, ReasonCode.FORK_LICENSES_DIVERGED), codes(f));
        assertEquals("Valkey", Phrases.arg(f.reasons().get(0).text(), "now"));
        Phrase diverged = f.reasons().get(1).text();
        assertEquals(List.of("BSD-3-Clause", "RSALv2 OR SSPL-1.0", "BSD-3-Clause"),
                List.of(Phrases.arg(diverged, "atFork"), Phrases.arg(diverged, "upstream"), Phrases.arg(diverged, "now")));
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

    private static List<ReasonCode> codes(ForkStatus f) {
        return f.reasons().stream().map(Reason::code).toList();
    }
}
