package org.levermap.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.levermap.collect.testing.TestRepo.at;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.collect.testing.Catalog;
import org.levermap.collect.testing.LicenseTexts;
import org.levermap.collect.testing.TestRepo;
import org.levermap.model.LineageFacts;
import org.levermap.model.Snapshot;

/**
 * A fork that syncs by merging-rebase, collected with its upstream: its snapshots follow the fork's
 * own line (through the merge's second parent), not the upstream release its first parent is.
 */
class MergingRebaseCollectTest {

    @TempDir
    Path tmp;

    private static final TestRepo.Person ANN = new TestRepo.Person("Ann", "ann@example.org");
    private static final TestRepo.Person BEA = new TestRepo.Person("Bea", "bea@example.org");

    @Test
    void snapshotsFollowTheForksOwnLine() throws Exception {
        Path dir = tmp.resolve("both.git");
        ObjectId release1;
        ObjectId release2;
        ObjectId patch1;
        ObjectId rebase;
        try (TestRepo repo = TestRepo.init(dir)) {
            TestRepo.Branch main = repo.branch("main").write("LICENSE", LicenseTexts.spdx("MIT"));
            main.write("a", "1").commit("u1", at("2023-01-10"), ANN);
            release1 = main.write("v", "1").commit("Release 1", at("2023-01-15"), ANN);
            TestRepo.Branch first = main.fork("rebase-1");
            patch1 = first.write("patch", "1").commit("patch A", at("2023-01-20"), BEA);
            main.write("a", "2").commit("u2", at("2023-02-10"), ANN);
            release2 = main.write("v", "2").commit("Release 2", at("2023-02-15"), ANN);
            TestRepo.Branch second = main.fork("rebase-2");
            rebase = second.merge(first, "Start the merging-rebase to Release 2", at("2023-02-17"), BEA, BEA);
            second.write("patch", "2").commit("patch A, again", at("2023-02-18"), BEA);
            main.write("a", "3").commit("u3", at("2023-03-10"), ANN);
        }
        GitCollector collector = new GitCollector(tmp.resolve("cache"), true, Progress.NONE, Catalog.shared());
        CollectResult result = collector.collect(new CollectRequest("fork", dir.toString(), "rebase-2",
                List.of(LocalDate.parse("2023-01-31"), LocalDate.parse("2023-03-31")), List.of(), "t", tmp,
                new CollectRequest.Upstream("up", dir.toString(), "main")));

        Snapshot january = result.snapshots().get(0);
        assertEquals(patch1.name(), january.provenance().commit(), "the fork's own commit, not Release 1");
        assertEquals(1, january.contribution().concentration().commits());
        assertEquals(2, january.contribution().concentration().upstreamCommits());
        assertEquals(release1.name(), january.lineage().forkPoint().commit());
        assertEquals(1, january.lineage().ahead());

        LineageFacts march = result.snapshots().get(1).lineage();
        assertEquals(release1.name(), march.forkPoint().commit(), "the newest release is no fork point");
        assertEquals(release2.name(), march.syncPoint().commit());
        assertEquals(LocalDate.parse("2023-02-17"), march.lastSync());
        assertEquals(new LineageFacts.Sync(rebase.name(), java.time.OffsetDateTime.parse("2023-02-17T12:00Z"),
                release2.name(), null, 2), march.newestSync());
        assertEquals(1, march.syncCount());
        assertEquals(1, march.behind());
        assertEquals("MIT", result.snapshots().get(1).license().spdx());
    }

    /**
     * Eight merging-rebases, one a quarter from 2022-02 to 2023-11: as of 2023-12-31 the four of 2023
     * are the recent syncs, the newest is the last, and the fork kind rests on it.
     */
    @Test
    void recentSyncsAreThoseOfTheLast365Days() throws Exception {
        Path dir = tmp.resolve("quarters.git");
        ObjectId lastRebase = null;
        ObjectId lastRelease = null;
        try (TestRepo repo = TestRepo.init(dir)) {
            TestRepo.Branch main = repo.branch("main").write("LICENSE", LicenseTexts.spdx("MIT"));
            main.write("v", "0").commit("Release 0", at("2022-01-01"), ANN);
            TestRepo.Branch fork = main.fork("rebase-0");
            fork.write("patch", "0").commit("patch", at("2022-01-02"), BEA);
            for (int q = 1; q <= 8; q++) {
                LocalDate release = LocalDate.of(2022, 1, 1).plusMonths(3L * q - 2);
                main.write("a", "" + q).commit("u" + q, at(release.minusDays(5).toString()), ANN);
                lastRelease = main.write("v", "" + q).commit("Release " + q, at(release.toString()), ANN);
                TestRepo.Branch next = main.fork("rebase-" + q);
                lastRebase = next.merge(fork, "Start the merging-rebase to Release " + q,
                        at(release.plusDays(2).toString()), BEA, BEA);
                next.write("patch", "" + q).commit("patch", at(release.plusDays(3).toString()), BEA);
                fork = next;
            }
        }
        GitCollector collector = new GitCollector(tmp.resolve("cache"), true, Progress.NONE, Catalog.shared());
        LineageFacts l = collector.collect(new CollectRequest("fork", dir.toString(), "rebase-8",
                List.of(LocalDate.parse("2023-12-31")), List.of(), "t", tmp,
                new CollectRequest.Upstream("up", dir.toString(), "main"))).snapshots().get(0).lineage();
        assertEquals(8, l.syncCount());
        assertEquals(4, l.recentSyncs().size(), l.recentSyncs().toString());
        assertEquals(LocalDate.parse("2023-02-03"), l.recentSyncs().get(0).at().toLocalDate());
        assertEquals(lastRebase.name(), l.newestSync().commit());
        assertEquals(lastRelease.name(), l.newestSync().upstreamCommit());
        assertEquals(2, l.newestSync().upstreamCommits());
        assertEquals(LocalDate.parse("2023-11-03"), l.lastSync());
        assertEquals(0, l.behind());
    }
}
