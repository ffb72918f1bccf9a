package org.levermap.collect.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.levermap.collect.testing.TestRepo.at;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.collect.testing.TestRepo;

/** What the index saves: which commits each collect walks. */
class HistoryIndexTest {

    static final TestRepo.Person A = new TestRepo.Person("A", "a@x.org");

    @TempDir
    Path tmp;

    /** The commits walked to answer {@code tip} (0 when none is). */
    private static long walked(HistoryIndex index, TestRepo repo, ObjectId tip, long since, int size) throws Exception {
        List<Long> progress = new ArrayList<>();
        try (ObjectReader reader = repo.repository().newObjectReader()) {
            History h = index.history(repo.repository(), reader, tip, since, progress::add);
            assertEquals(size, h.size());
            assertEquals(tip, h.id(h.onLine(h.tipPosition())));
        }
        return progress.isEmpty() ? 0 : progress.get(progress.size() - 1);
    }

    @Test
    void aCollectWalksOnlyWhatTheIndexLacks() throws Exception {
        HistoryIndex index = new HistoryIndex(tmp.resolve("history"));
        long since = at("2020-01-01").getEpochSecond();
        try (TestRepo repo = TestRepo.init(tmp.resolve("r.git"))) {
            TestRepo.Branch main = repo.branch("main");
            for (int i = 1; i <= 5; i++) {
                main.write("f", "" + i).commit("c" + i, at("2024-01-0" + i), A);
            }
            assertEquals(5, walked(index, repo, main.tip(), since, 5), "no index: the whole history");
            assertEquals(0, walked(index, repo, main.tip(), since, 5), "the same tip: nothing");
            TestRepo.Branch side = main.fork("side");
            side.write("s", "1").commit("s1", at("2024-01-06"), A);
            main.write("f", "6").commit("c6", at("2024-01-07"), A);
            ObjectId merge = main.merge(side, "merge", at("2024-01-08"), A, A);
            assertEquals(3, walked(index, repo, merge, since, 8), "a descendant: its new commits");
            assertEquals(0, walked(index, repo, merge, at("2021-01-01").getEpochSecond(), 8),
                    "identities from a later date are in the index");
            assertEquals(8, walked(index, repo, merge, at("2019-01-01").getEpochSecond(), 8),
                    "identities from an earlier date are not");
            assertEquals(0, walked(index, repo, merge, at("2019-01-01").getEpochSecond(), 8));

            new HistoryIndex(tmp.resolve("other")).history(repo.repository(), repo.repository().newObjectReader(),
                    merge, since, n -> { });
            Path file;
            try (Stream<Path> files = Files.list(tmp.resolve("other"))) {
                file = files.findFirst().orElseThrow();
            }
            assertEquals(List.of(file.getFileName()), Files.list(tmp.resolve("history")).map(Path::getFileName).toList(),
                    "one file a repository, named the same way; no temporary file left");
        }
    }

    @Test
    void anIndexOfAnotherRepositoryIsNotUsed() throws Exception {
        HistoryIndex index = new HistoryIndex(tmp.resolve("history"));
        try (TestRepo one = TestRepo.init(tmp.resolve("one.git")); TestRepo two = TestRepo.init(tmp.resolve("two.git"))) {
            ObjectId a = one.branch("main").write("f", "1").commit("c", at("2024-01-01"), A);
            ObjectId b = two.branch("main").write("f", "1").commit("c", at("2024-01-01"), A);
            assertEquals(a, b, "the same commit in two repositories");
            assertEquals(1, walked(index, one, a, 0, 1));
            assertEquals(1, walked(index, two, b, 0, 1), "each repository has its own index");
            assertEquals(0, walked(index, one, a, 0, 1));
        }
    }

    @Test
    void aTipTheRepositoryLacksIsAnError() throws Exception {
        HistoryIndex index = new HistoryIndex(tmp.resolve("history"));
        try (TestRepo repo = TestRepo.init(tmp.resolve("r.git"))) {
            ObjectId c = repo.branch("main").write("f", "1").commit("c", at("2024-01-01"), A);
            walked(index, repo, c, 0, 1);
            ObjectId missing = ObjectId.fromString("0123456789012345678901234567890123456789");
            try (ObjectReader reader = repo.repository().newObjectReader()) {
                assertThrows(org.eclipse.jgit.errors.MissingObjectException.class,
                        () -> index.history(repo.repository(), reader, missing, 0, n -> { }));
            }
        }
    }

    @Test
    void anIndexWhoseFirstParentsLoopOrWhoseTipIsGoneIsWalkedAgain() throws Exception {
        Path folder = tmp.resolve("history");
        HistoryIndex index = new HistoryIndex(folder);
        try (TestRepo repo = TestRepo.init(tmp.resolve("r.git"))) {
            TestRepo.Branch main = repo.branch("main");
            main.write("f", "1").commit("c1", at("2024-01-01"), A);
            ObjectId c2 = main.write("f", "2").commit("c2", at("2024-01-02"), A);
            walked(index, repo, c2, 0, 2);
            Path file;
            try (Stream<Path> files = Files.list(folder)) {
                file = files.findFirst().orElseThrow();
            }
            String code = org.levermap.model.repo.CodeVersion.of(HistoryWalker.class);
            String location = repo.repository().getDirectory().getAbsoluteFile().toPath().normalize().toString();
            CommitTable t = HistoryIndexFile.read(file, code, location);
            t.parents()[1] = new int[] {0}; // c1's parent is c2: a loop, in a whole, readable file
            HistoryIndexFile.write(file, code, location, t);
            assertEquals(2, walked(index, repo, c2, 0, 2), "walked again, not looping");
            assertEquals(0, walked(index, repo, c2, 0, 2), "and the index written anew");

            // an indexed tip the repository no longer has (a force-push, then the old commits pruned)
            CommitTable gone = HistoryIndexFile.read(file, code, location);
            gone.ids()[gone.tip()] = ObjectId.fromString("0123456789012345678901234567890123456789");
            HistoryIndexFile.write(file, code, location, gone);
            assertEquals(2, walked(index, repo, c2, 0, 2), "walked whole");
            assertEquals(0, walked(index, repo, c2, 0, 2));
        }
    }

    @Test
    void concurrentCollectsOfOneRepositoryEachGetAWholeHistory() throws Exception {
        Path folder = tmp.resolve("history");
        try (TestRepo repo = TestRepo.init(tmp.resolve("r.git"))) {
            TestRepo.Branch main = repo.branch("main");
            List<ObjectId> tips = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                tips.add(main.write("f", "" + i).commit("c" + i, at("2024-01-0" + i), A));
            }
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                List<java.util.concurrent.Future<?>> runs = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    HistoryIndex index = new HistoryIndex(folder); // a shard each, one cache folder
                    int shard = t;
                    runs.add(pool.submit(() -> {
                        for (int k = 0; k < 30; k++) {
                            int n = 1 + (k * 7 + shard) % 6;
                            try (ObjectReader reader = repo.repository().newObjectReader()) {
                                History h = index.history(repo.repository(), reader, tips.get(n - 1), 0, x -> { });
                                assertEquals(n, h.size());
                                assertEquals(tips.get(n - 1), h.id(h.onLine(h.tipPosition())));
                            }
                        }
                        return null;
                    }));
                }
                for (var r : runs) {
                    r.get();
                }
            } finally {
                pool.shutdown();
            }
            try (Stream<Path> files = Files.list(folder)) {
                assertEquals(1, files.count(), "one index, no temporary file left");
            }
        }
    }
}
