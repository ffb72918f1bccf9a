package org.levermap.model.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.levermap.model.Evidence;
import org.levermap.model.LicenseFacts;
import org.levermap.model.LicenseFamily;
import org.levermap.model.LineageFacts;
import org.levermap.model.Provenance;
import org.levermap.model.Snapshot;

class ForkKindRuleTest {

    private static final Evidence POINT = new Evidence("0123456789abcdef0123456789abcdef01234567", null, null);

    private static Snapshot fork(LocalDate date, String license, LocalDate forkDate, LocalDate lastSync, String licenseAtFork,
            String upstreamLicense, String nameAtFork, String name) {
        LineageFacts lineage = new LineageFacts("upstream", POINT, forkDate, 10, 10, 10, 10, lastSync, null, licenseAtFork,
                nameAtFork, name, upstreamLicense, null, null, null, null);
        LicenseFacts facts = new LicenseFacts(license, LicenseFamily.PERMISSIVE, 1.0, null, null, null);
        return new Snapshot("fork", date, new Provenance("t", null, null, null, null, null, null), facts, null, null, null,
                lineage);
    }

    @Test
    void aForkThatKeepsSyncingUnderTheSameNameAndLicenseIsSoft() {
        ForkJudgement j = ForkKindRule.judge(fork(LocalDate.of(2024, 6, 30), "MIT", LocalDate.of(2022, 3, 15),
                LocalDate.of(2024, 6, 25), "MIT", "MIT", "Widget", "widget")).orElseThrow();
        assertEquals(ForkKind.SOFT, j.kind());
        assertEquals(List.of("synced with upstream on 2024-06-25, 5 days before 2024-06-30",
                "same name and license as at the fork point"), j.reasons());
    }

    @Test
    void aRelicensedForkIsHard() {
        ForkJudgement j = ForkKindRule.judge(fork(LocalDate.of(2022, 6, 30), "BUSL-1.1", LocalDate.of(2022, 3, 15), null,
                "MIT", "MIT", "Widget", "Widget")).orElseThrow();
        assertEquals(ForkKind.HARD, j.kind());
        assertEquals(List.of("relicensed: MIT at the fork point, BUSL-1.1 now (upstream: MIT)"), j.reasons());
    }

    @Test
    void aForkWhoseUpstreamRelicensedAndThatWasRenamedIsHardForBothReasons() {
        ForkJudgement j = ForkKindRule.judge(fork(LocalDate.of(2024, 6, 30), "BSD-3-Clause", LocalDate.of(2024, 3, 20),
                null, "BSD-3-Clause", "RSALv2 OR SSPL-1.0", "Redis", "Valkey")).orElseThrow();
        assertEquals(ForkKind.HARD, j.kind());
        assertEquals(List.of("renamed: 'Redis' at the fork point, 'Valkey' now",
                "licenses diverged: upstream moved from BSD-3-Clause to RSALv2 OR SSPL-1.0, the fork kept BSD-3-Clause"),
                j.reasons());
    }

    @Test
    void aForkThatStoppedSyncingForMoreThanAYearIsHardByDrift() {
        Snapshot stale = fork(LocalDate.of(2023, 12, 31), "MIT", LocalDate.of(2022, 3, 15), LocalDate.of(2022, 8, 25),
                "MIT", "MIT", "Widget", "Widget");
        ForkJudgement j = ForkKindRule.judge(stale).orElseThrow();
        assertEquals(ForkKind.HARD, j.kind());
        assertEquals(List.of("stopped syncing: last merged upstream on 2022-08-25, 493 days before 2023-12-31 (more than 365)"),
                j.reasons());
        Snapshot sameForkEarlier = fork(LocalDate.of(2023, 6, 30), "MIT", LocalDate.of(2022, 3, 15),
                LocalDate.of(2022, 8, 25), "MIT", "MIT", "Widget", "Widget");
        assertEquals(ForkKind.SOFT, ForkKindRule.judge(sameForkEarlier).orElseThrow().kind(),
                "309 days without a sync is still within the period");
    }

    @Test
    void aForkThatNeverSyncedDriftsFromItsForkPoint() {
        ForkJudgement j = ForkKindRule.judge(fork(LocalDate.of(2023, 12, 31), "MIT", LocalDate.of(2022, 3, 15), null,
                "MIT", "MIT", "Widget", "Widget")).orElseThrow();
        assertTrue(j.reasons().get(0).startsWith("never synced since the fork point of 2022-03-15, 656 days"), j.reasons().get(0));
    }

    @Test
    void aSnapshotWithoutForkLineageIsNotJudged() {
        Snapshot plain = new Snapshot("p", LocalDate.of(2024, 1, 1), new Provenance("t", null, null, null, null, null, null),
                null, null, null, null, null);
        assertEquals(Optional.empty(), ForkKindRule.judge(plain));
    }
}
