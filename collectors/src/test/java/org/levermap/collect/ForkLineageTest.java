package org.levermap.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
 * A fork collected with its upstream: upstream "widget" (MIT) commits monthly on the 15th; the fork
 * splits after February, renames itself "gadget" and relicenses to Apache-2.0 on 2023-03-20, then
 * merges upstream once, on 2023-04-20.
 */
class ForkLineageTest {

    @TempDir
    Path tmp;

    private static final TestRepo.Person ANN = new TestRepo.Person("Ann", "ann@example.org");

    @Test
    void eachSnapshotOfAForkCarriesItsLineageAgainstTheUpstream() throws Exception {
        Path dir = tmp.resolve("both.git");
        ObjectId forkPoint;
        ObjectId aprilUpstream;
        ObjectId aprilMerge;
        try (TestRepo repo = TestRepo.init(dir)) {
            TestRepo.Branch main = repo.branch("main")
                    .write("LICENSE", LicenseTexts.spdx("MIT")).write("go.mod", "module example.org/widget\n");
            main.commit("start", at("2023-01-15"), ANN);
            forkPoint = main.write("a", "2").commit("february", at("2023-02-15"), ANN);
            TestRepo.Branch fork = main.fork("fork");
            main.write("a", "3").commit("march", at("2023-03-15"), ANN);
            fork.write("LICENSE", LicenseTexts.spdx("Apache-2.0")).write("go.mod", "module example.org/gadget\n")
                    .commit("rename and relicense", at("2023-03-20"), ANN);
            aprilUpstream = main.write("a", "4").commit("april", at("2023-04-15"), ANN);
            repo.tag("v1.4", aprilUpstream, ANN, at("2023-04-15"), false);
            aprilMerge = fork.merge(main, "sync with upstream", at("2023-04-20"), ANN, ANN);
            main.write("a", "5").commit("may", at("2023-05-15"), ANN);
        }
        GitCollector collector = new GitCollector(tmp.resolve("cache"), true, Progress.NONE, Catalog.shared());
        CollectResult result = collector.collect(new CollectRequest("gadget", dir.toString(), "fork",
                List.of(LocalDate.parse("2023-03-31"), LocalDate.parse("2023-05-31")), List.of(), "t", tmp,
                new CollectRequest.Upstream("widget", dir.toString(), "main")));

        Snapshot march = result.snapshots().get(0);
        LineageFacts m = march.lineage();
        assertEquals("widget", m.upstream());
        assertEquals(forkPoint.name(), m.forkPoint().commit());
        assertEquals(LocalDate.parse("2023-02-15"), m.forkDate());
        assertEquals(1, m.ahead());
        assertEquals(1, m.behind());
        assertNull(m.lastSync());
        assertEquals("MIT", m.licenseAtFork());
        assertEquals("Apache-2.0", march.license().spdx());
        assertEquals("widget", m.nameAtFork());
        assertEquals("gadget", m.name());
        assertEquals("MIT", m.upstreamLicense());
        assertEquals("widget", m.upstreamName());
        assertEquals(java.time.OffsetDateTime.parse("2023-02-15T12:00Z"), m.forkAt());
        assertNull(m.newestSync());
        assertEquals(0, m.syncCount());
        assertEquals(List.of(), m.recentSyncs());
        org.levermap.model.Concentration own = march.contribution().concentration();
        assertEquals(1, own.commits(), "the fork's own commit since the fork point");
        assertEquals(2, own.upstreamCommits(), "upstream's January and February commits, counted apart");

        LineageFacts may = result.snapshots().get(1).lineage();
        assertEquals(forkPoint.name(), may.forkPoint().commit(), "a sync does not move the fork point");
        assertEquals(aprilUpstream.name(), may.syncPoint().commit());
        assertEquals(LocalDate.parse("2023-04-20"), may.lastSync());
        assertEquals(2, may.ahead(), "the rename and the merge");
        assertEquals(1, may.aheadNoMerges());
        assertEquals(1, may.behind(), "upstream's May commit");
        assertEquals(aprilMerge.name(), result.snapshots().get(1).provenance().commit());
        LineageFacts.Sync sync = new LineageFacts.Sync(aprilMerge.name(),
                java.time.OffsetDateTime.parse("2023-04-20T12:00Z"), aprilUpstream.name(), "v1.4", 2);
        assertEquals(sync, may.newestSync(), "the merge brought upstream's March and April commits");
        assertEquals(List.of(sync), may.recentSyncs());
        assertEquals(1, may.syncCount());
        org.levermap.model.Concentration mayWindow = result.snapshots().get(1).contribution().concentration();
        assertEquals(1, mayWindow.commits());
        assertEquals(4, mayWindow.upstreamCommits());
        assertEquals("ann@example.org", mayWindow.identities().get(0).identity());
    }
}
