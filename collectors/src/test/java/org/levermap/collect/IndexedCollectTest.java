package org.levermap.collect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.levermap.collect.testing.TestRepo.at;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.RefUpdate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.collect.testing.Catalog;
import org.levermap.collect.testing.LicenseTexts;
import org.levermap.collect.testing.TestRepo;
import org.levermap.collect.testing.TestRepo.Person;
import org.levermap.model.Snapshot;
import org.levermap.model.repo.SnapshotWriter;

/**
 * Collects through the history index in the cache ({@link org.levermap.collect.git.HistoryIndex}) write
 * the same snapshots, byte for byte, as collects with no index, whatever happened to the repository
 * between the runs.
 */
class IndexedCollectTest {

    static final Person ALICE = GitCollectorTest.ALICE;
    static final Person BOB = GitCollectorTest.BOB;
    static final Person CAROL = GitCollectorTest.CAROL;

    @TempDir
    Path tmp;

    /** The repository, and the cache the index is kept in between its collects. */
    private Path dir;
    private Path cache;
    private int runs;

    @BeforeEach
    void places() {
        dir = tmp.resolve("r.git");
        cache = tmp.resolve("cache");
    }

    /** Snapshot files by path, as a collect with {@code cache} writes them. */
    private Map<String, byte[]> collect(Path repo, Path cache, String... dates) throws Exception {
        CollectResult result = new GitCollector(cache, true, Progress.NONE, Catalog.shared())
                .collect(new CollectRequest("p", repo.toString(), null, Stream.of(dates).map(LocalDate::parse).toList(),
                        List.of(), "levermap test", tmp));
        Path root = tmp.resolve("out-" + runs++);
        for (Snapshot s : result.snapshots()) {
            SnapshotWriter.write(root, s, false);
        }
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        assertTrue(!files.isEmpty(), "something was collected");
        return files;
    }

    /** A collect through the warm {@code cache} against one with an empty cache, file by file. */
    private void sameWithAndWithoutIndex(Path repo, Path cache, String... dates) throws Exception {
        Map<String, byte[]> indexed = collect(repo, cache, dates);
        Map<String, byte[]> cold = collect(repo, tmp.resolve("cold-" + runs), dates);
        assertEquals(cold.keySet(), indexed.keySet());
        for (String f : cold.keySet()) {
            assertEquals(new String(cold.get(f), StandardCharsets.UTF_8), new String(indexed.get(f), StandardCharsets.UTF_8),
                    f);
            assertArrayEquals(cold.get(f), indexed.get(f), f);
        }
        assertTrue(Files.list(cache.resolve("history")).anyMatch(f -> f.toString().endsWith(".bin")), "an index is kept");
    }

    private static TestRepo.Branch start(TestRepo repo) throws IOException {
        TestRepo.Branch main = repo.branch("main");
        main.write("LICENSE", LicenseTexts.spdx("MIT")).commit("init", at("2022-01-10"), ALICE);
        TestRepo.Branch side = main.fork("side");
        side.write("s", "1").commit("Side work\n\nSigned-off-by: Bob Roe <bob@gmail.com>", at("2022-02-01"), BOB);
        main.write("a", "1").signedCommit("work", at("2022-02-02"), CAROL);
        main.merge(side, "Merge side", at("2022-03-01"), ALICE, TestRepo.WEB_FLOW);
        main.write("b", "1").commit("more", at("2022-06-01"), BOB);
        return main;
    }

    @Test
    void theSameTip() throws Exception {
        Path dir = tmp.resolve("r.git");
        try (TestRepo repo = TestRepo.init(dir)) {
            start(repo);
        }
        Path cache = tmp.resolve("cache");
        collect(dir, cache, "2022-06-30");
        sameWithAndWithoutIndex(dir, cache, "2022-06-30");
        sameWithAndWithoutIndex(dir, cache, "2022-03-31", "2022-06-30");
    }

    @Test
    void aDescendantTipWithMergesAndAForeignHistory() throws Exception {
        try (TestRepo repo = TestRepo.init(dir)) {
            TestRepo.Branch main = start(repo);
            collect(dir, cache, "2022-06-30");
            TestRepo.Branch feature = main.fork("feature");
            feature.write("f", "1").commit("feature\n\nSigned-off-by: Carol Poe <carol@acme.com>", at("2022-07-02"), CAROL);
            main.write("c", "1").commit("main goes on", at("2022-07-03"), ALICE);
            main.merge(feature, "Merge feature", at("2022-07-04"), BOB, BOB);
            TestRepo.Branch vendor = repo.branch("vendor");
            vendor.write("LICENSE", LicenseTexts.spdx("Apache-2.0")).commit("vendor root", at("2019-05-05"), CAROL);
            vendor.write("v", "2").commit("vendor work", at("2019-06-05"), CAROL);
            main.mergeSubtree(vendor, "third_party/v", "Add vendor", at("2022-07-10"), ALICE);
            main.write("d", "1").commit("after", at("2022-08-01"), BOB);
            sameWithAndWithoutIndex(dir, cache, "2022-06-30", "2022-07-31", "2022-08-31");
            // and again one commit later, from the index just written
            main.write("e", "1").commit("one more", at("2022-09-01"), CAROL);
            sameWithAndWithoutIndex(dir, cache, "2022-09-30");
        }
    }

    @Test
    void aRewrittenHistory() throws Exception {
        try (TestRepo repo = TestRepo.init(dir)) {
            TestRepo.Branch main = repo.branch("main");
            main.write("LICENSE", LicenseTexts.spdx("MIT")).commit("init", at("2022-01-10"), ALICE);
            TestRepo.Branch kept = main.fork("kept");
            main.write("a", "1").commit("dropped later", at("2022-02-02"), CAROL);
            main.write("b", "1").commit("dropped too", at("2022-03-02"), CAROL);
            collect(dir, cache, "2022-03-31");
            // a force-push: main restarts from its first commit
            TestRepo.Branch rewritten = kept.fork("main");
            rewritten.write("c", "1").commit("instead", at("2022-02-03"), BOB);
            rewritten.write("LICENSE", LicenseTexts.spdx("Apache-2.0")).commit("relicense", at("2022-03-03"), BOB);
            sameWithAndWithoutIndex(dir, cache, "2022-02-28", "2022-03-31");
            // and back to an older commit of the rewritten line
            kept.fork("main").write("d", "1").commit("again", at("2022-04-01"), ALICE);
            sameWithAndWithoutIndex(dir, cache, "2022-04-30");
        }
    }

    @Test
    void undatedCommits() throws Exception {
        try (TestRepo repo = TestRepo.init(dir)) {
            TestRepo.Branch main = start(repo);
            collect(dir, cache, "2022-06-30");
            ObjectId tip = main.tip();
            try (ObjectInserter in = repo.repository().newObjectInserter()) {
                ObjectId tree = in.insert(Constants.OBJ_TREE, new byte[0]);
                String a = "Bob Roe <bob@gmail.com> notadate +0000";
                ObjectId u1 = in.insert(Constants.OBJ_COMMIT, ("tree " + tree.name() + "\nparent " + tip.name()
                        + "\nauthor " + a + "\ncommitter " + a + "\n\nundated\n").getBytes(StandardCharsets.UTF_8));
                ObjectId u2 = in.insert(Constants.OBJ_COMMIT, ("tree " + tree.name() + "\nparent " + u1.name()
                        + "\nauthor " + a + "\ncommitter broken\n\nundated too\n").getBytes(StandardCharsets.UTF_8));
                in.flush();
                RefUpdate u = repo.repository().updateRef("refs/heads/main");
                u.setNewObjectId(u2);
                u.setForceUpdate(true);
                u.update();
            }
            sameWithAndWithoutIndex(dir, cache, "2022-06-30", "2022-07-31");
        }
    }

    @Test
    void aMailmapEditedBetweenRuns() throws Exception {
        try (TestRepo repo = TestRepo.init(dir)) {
            TestRepo.Branch main = start(repo);
            main.write(".mailmap", "Bob Roe <bob@acme.com> <bob@gmail.com>\n").commit("mailmap", at("2022-06-05"), ALICE);
            collect(dir, cache, "2022-06-30");
            main.write(".mailmap", "Robert Roe <robert@acme.com> Bob Roe <bob@gmail.com>\n")
                    .commit("mailmap edited", at("2022-06-06"), ALICE);
            sameWithAndWithoutIndex(dir, cache, "2022-06-30");
        }
    }

    @Test
    void aDamagedIndexIsIgnoredAndWrittenAgain() throws Exception {
        try (TestRepo repo = TestRepo.init(dir)) {
            TestRepo.Branch main = start(repo);
            collect(dir, cache, "2022-06-30");
            Path index;
            try (Stream<Path> files = Files.list(cache.resolve("history"))) {
                index = files.filter(f -> f.toString().endsWith(".bin")).findFirst().orElseThrow();
            }
            byte[] bytes = Files.readAllBytes(index);
            bytes[bytes.length / 2] ^= 0x10;
            Files.write(index, bytes);
            main.write("z", "1").commit("later", at("2022-07-01"), BOB);
            sameWithAndWithoutIndex(dir, cache, "2022-07-31");
            Files.write(index, java.util.Arrays.copyOf(bytes, 30));
            sameWithAndWithoutIndex(dir, cache, "2022-07-31");
        }
    }

    @Test
    void aBackfillOfSeveralDatesAfterAndBeforeARecentCollect() throws Exception {
        try (TestRepo repo = TestRepo.init(dir)) {
            TestRepo.Branch main = start(repo);
            for (int m = 1; m <= 9; m++) {
                main.write("m" + m, "1").commit("month " + m, at("2023-0" + m + "-15"), m % 2 == 0 ? ALICE : CAROL);
            }
            // a recent date first: the index holds identities from 2022-10 on only
            collect(dir, cache, "2023-09-30");
            sameWithAndWithoutIndex(dir, cache, "2022-03-31", "2022-06-30", "2023-01-31", "2023-05-31", "2023-09-30");
            sameWithAndWithoutIndex(dir, cache, "2023-09-30");
        }
    }
}
