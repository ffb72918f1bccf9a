package org.levermap.collect.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An upstream with a commit on the 15th of every month from 2021-01 to 2023-12, and three forks that
 * split from it after its 2022-03 commit, each with an own commit on the 20th of every month from
 * 2022-04: a hard fork that relicenses and never merges upstream, a soft fork that merges upstream's
 * latest commit on the 25th of every month, and a fork that merges monthly until 2022-08, then stops.
 */
class ForkAnalyzerTest {

    private final GitFixture git = new GitFixture();
    private final List<ObjectId> upstream = new ArrayList<>(); // index: months since 2021-01
    private ObjectId hardTip;
    private ObjectId softTip;
    private ObjectId stoppedTip;
    private ObjectId lastStoppedMerge;

    private static final YearMonth START = YearMonth.of(2021, 1);
    private static final YearMonth SPLIT = YearMonth.of(2022, 3);
    private static final YearMonth END = YearMonth.of(2023, 12);

    private static int index(YearMonth m) {
        return (int) START.until(m, java.time.temporal.ChronoUnit.MONTHS);
    }

    @BeforeEach
    void buildHistories() {
        ObjectId parent = null;
        for (YearMonth m = START; !m.isAfter(END); m = m.plusMonths(1)) {
            Map<String, String> files = Map.of("LICENSE", "MIT", "README.md", "# Widget\n" + m);
            parent = parent == null ? git.commit("u " + m, m.atDay(15), files)
                    : git.commit("u " + m, m.atDay(15), files, parent);
            upstream.add(parent);
        }
        ObjectId forkPoint = upstream.get(index(SPLIT));
        ObjectId hard = forkPoint;
        ObjectId soft = forkPoint;
        ObjectId stopped = forkPoint;
        for (YearMonth m = SPLIT.plusMonths(1); !m.isAfter(END); m = m.plusMonths(1)) {
            hard = git.commit("h " + m, m.atDay(20), Map.of("LICENSE", "BUSL", "README.md", "# Gadget\n" + m), hard);
            soft = git.commit("s " + m, m.atDay(20), Map.of("LICENSE", "MIT", "README.md", "# Widget\n" + m), soft);
            soft = git.commit("merge upstream " + m, m.atDay(25), Map.of("LICENSE", "MIT"), soft, upstream.get(index(m)));
            stopped = git.commit("p " + m, m.atDay(20), Map.of("LICENSE", "MIT"), stopped);
            if (!m.isAfter(YearMonth.of(2022, 8))) {
                stopped = git.commit("merge upstream " + m, m.atDay(25), Map.of("LICENSE", "MIT"), stopped,
                        upstream.get(index(m)));
                lastStoppedMerge = stopped;
            }
        }
        hardTip = hard;
        softTip = soft;
        stoppedTip = stopped;
    }

    /** The fork kind levermap derives from these figures, for a fork under {@code license} now. */
    private static org.levermap.model.assess.ForkKind kind(ForkFigures f, String licenseAtFork, String license) {
        org.levermap.model.LineageFacts lineage = new org.levermap.model.LineageFacts("up",
                new org.levermap.model.Evidence(f.forkPoint().name(), null, null), f.forkPointDate(), f.ahead(),
                f.behind(), f.aheadNoMerges(), f.behindNoMerges(), f.lastSync(), null, licenseAtFork, "Widget",
                "Widget", "MIT", "Widget");
        org.levermap.model.Snapshot snapshot = new org.levermap.model.Snapshot("fork", f.date(),
                new org.levermap.model.Provenance("t", null, null, null, null, null, null),
                new org.levermap.model.LicenseFacts(license, null, 1.0, null, null, null), null, null, null, lineage);
        org.levermap.model.Project project = new org.levermap.model.Project("fork", "Widget", null, null, null, null,
                null, "up", null, null);
        return new org.levermap.model.assess.Assessor(java.util.Map.of(), List.of()).assess(project, snapshot).fork()
                .kind();
    }

    private List<ForkFigures> analyze(ObjectId forkTip, LocalDate... dates) throws Exception {
        return ForkAnalyzer.analyze(git.repo, forkTip, upstream.get(upstream.size() - 1), List.of(dates));
    }

    @Test
    void hardForkNeverSyncs() throws Exception {
        ForkFigures f = analyze(hardTip, LocalDate.of(2023, 12, 31)).get(0);
        assertEquals(upstream.get(index(SPLIT)), f.forkPoint());
        assertEquals(LocalDate.of(2022, 3, 15), f.forkPointDate());
        assertEquals(21, f.ahead());
        assertEquals(21, f.aheadNoMerges());
        assertEquals(21, f.behind());
        assertEquals(21, f.behindNoMerges());
        assertEquals(upstream.get(index(SPLIT)), f.syncPoint());
        assertNull(f.lastSync());
        assertNull(f.lastSyncCommit());
        assertEquals(org.levermap.model.assess.ForkKind.HARD, kind(f, "MIT", "BUSL-1.1"), "relicensed");
    }

    @Test
    void softForkMergesUpstreamEveryMonth() throws Exception {
        ForkFigures f = analyze(softTip, LocalDate.of(2023, 12, 31)).get(0);
        assertEquals(upstream.get(index(SPLIT)), f.forkPoint(), "syncs do not move the fork point");
        assertEquals(42, f.ahead());
        assertEquals(21, f.aheadNoMerges());
        assertEquals(0, f.behind());
        assertEquals(upstream.get(index(END)), f.syncPoint());
        assertEquals(LocalDate.of(2023, 12, 25), f.lastSync());
        assertEquals(softTip, f.lastSyncCommit());
        assertEquals(org.levermap.model.assess.ForkKind.SOFT, kind(f, "MIT", "MIT"));
    }

    @Test
    void forkThatStopsSyncing() throws Exception {
        ForkFigures f = analyze(stoppedTip, LocalDate.of(2023, 12, 31)).get(0);
        assertEquals(upstream.get(index(SPLIT)), f.forkPoint());
        assertEquals(21 + 5, f.ahead());
        assertEquals(21, f.aheadNoMerges());
        assertEquals(16, f.behind());
        assertEquals(upstream.get(index(YearMonth.of(2022, 8))), f.syncPoint());
        assertEquals(LocalDate.of(2022, 8, 25), f.lastSync());
        assertEquals(lastStoppedMerge, f.lastSyncCommit());
        assertEquals(org.levermap.model.assess.ForkKind.HARD, kind(f, "MIT", "MIT"), "no sync for 493 days");
    }

    @Test
    void figuresAsOfDatesBeforeAndAfterTheSplitInOnePass() throws Exception {
        List<ForkFigures> all = analyze(stoppedTip, LocalDate.of(2020, 12, 31), LocalDate.of(2022, 2, 28),
                LocalDate.of(2022, 6, 30), LocalDate.of(2022, 10, 31), LocalDate.of(2023, 12, 31));
        assertNull(all.get(0), "neither repository had a commit yet");

        ForkFigures before = all.get(1);
        assertEquals(upstream.get(index(YearMonth.of(2022, 2))), before.forkHead());
        assertEquals(before.forkHead(), before.forkPoint());
        assertEquals(0, before.ahead());
        assertEquals(0, before.behind());

        ForkFigures june = all.get(2); // own commits Apr-Jun, merges Apr-Jun, upstream synced to June
        assertEquals(upstream.get(index(SPLIT)), june.forkPoint());
        assertEquals(6, june.ahead());
        assertEquals(3, june.aheadNoMerges());
        assertEquals(0, june.behind());
        assertEquals(LocalDate.of(2022, 6, 25), june.lastSync());

        ForkFigures october = all.get(3); // merges stopped after August: Sep and Oct upstream commits behind
        assertEquals(2, october.behind());
        assertEquals(7 + 5, october.ahead());
        assertEquals(LocalDate.of(2022, 8, 25), october.lastSync());
        assertEquals(org.levermap.model.assess.ForkKind.SOFT, kind(october, "MIT", "MIT"), "67 days without a sync");

        assertEquals(analyze(stoppedTip, LocalDate.of(2023, 12, 31)).get(0), all.get(4),
                "one pass over many dates gives what one date alone gives");
    }

    @Test
    void datesMustAscend() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> analyze(hardTip, LocalDate.of(2023, 1, 1), LocalDate.of(2022, 1, 1)));
    }
}
