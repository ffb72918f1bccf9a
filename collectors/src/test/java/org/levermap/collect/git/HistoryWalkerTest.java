package org.levermap.collect.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.levermap.collect.testing.TestRepo.at;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.collect.testing.TestRepo;

class HistoryWalkerTest {

    static final TestRepo.Person A = new TestRepo.Person("A", "a@x.org");

    @TempDir
    Path tmp;

    @Test
    void everyCommitKnowsTheFirstParentCommitItEnteredThrough() throws Exception {
        ObjectId c1;
        ObjectId f1;
        ObjectId c2;
        ObjectId merge;
        ObjectId foreignRoot;
        ObjectId subtree;
        List<Long> progress = new ArrayList<>();
        try (TestRepo repo = TestRepo.init(tmp.resolve("r.git"))) {
            TestRepo.Branch main = repo.branch("main");
            c1 = main.write("a", "1").commit("c1", at("2024-01-01"), A);
            TestRepo.Branch feature = main.fork("feature");
            f1 = feature.write("b", "1").commit("f1\n\nSigned-off-by: A <a@x.org>", at("2024-01-02"), A);
            c2 = main.write("c", "1").signedCommit("c2", at("2024-01-03"), A);
            merge = main.merge(feature, "merge", at("2024-01-04"), A, A);
            TestRepo.Branch vendor = repo.branch("vendor");
            foreignRoot = vendor.write("v", "1").commit("v1", at("2020-01-01"), A);
            subtree = main.mergeSubtree(vendor, "vendor", "subtree", at("2024-01-05"), A);
            try (ObjectReader reader = repo.repository().newObjectReader()) {
                History h = HistoryWalker.walk(reader, subtree, progress::add);

                assertEquals(6, h.size());
                assertEquals(4, h.lineLength());
                assertEquals(List.of(c1, c2, merge, subtree), List.of(h.id(h.onLine(0)), h.id(h.onLine(1)),
                        h.id(h.onLine(2)), h.id(h.onLine(3))));
                assertEquals(2, h.entry(number(h, f1)), "f1 entered with the merge");
                assertEquals(3, h.entry(number(h, foreignRoot)));
                assertFalse(h.isForeignSide(2, 1));
                assertTrue(h.isForeignSide(3, 1));
                assertTrue(h.isMerge(number(h, merge)));
                assertTrue(h.signedOff(number(h, f1)));
                assertTrue(h.signed(number(h, c2)));
                assertFalse(h.signed(number(h, c1)));
                assertEquals(6L, progress.get(progress.size() - 1));
                assertEquals(1, h.positionAt(at("2024-01-03").getEpochSecond() + 3600));
                assertEquals(-1, h.positionAt(at("2023-12-31").getEpochSecond()));
                assertEquals(subtree, h.id(h.newestFirst(0)));
                assertEquals(foreignRoot, h.id(h.newestFirst(5)));
                assertEquals(5, h.firstRankBefore(at("2024-01-01").getEpochSecond()));
                assertEquals(FirstParentTrees.read(reader, subtree), h.lineTrees());
            }
        }
    }

    @Test
    void identitiesAreReadOnlySinceTheGivenTime() throws Exception {
        try (TestRepo repo = TestRepo.init(tmp.resolve("r.git"))) {
            TestRepo.Branch main = repo.branch("main");
            main.write("a", "1").commit("old", at("2020-01-01"), A);
            ObjectId recent = main.write("a", "2").commit("recent", at("2024-01-01"), A);
            try (ObjectReader reader = repo.repository().newObjectReader()) {
                History h = HistoryWalker.walk(reader, recent, at("2023-01-01").getEpochSecond(), n -> { });
                assertEquals(new Mailmap.Ident("A", "a@x.org"), h.author(h.onLine(1)));
                org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> h.author(h.onLine(0)));
            }
        }
    }

    @Test
    void onlyCommitsMentioningSignedOffByHaveTheirMessageParsed() {
        assertTrue(HistoryWalker.mentionsSignedOff("tree x\n\nFix\n\nSIGNED-OFF-BY : A <a@x>\n".getBytes()));
        assertFalse(HistoryWalker.mentionsSignedOff("tree x\n\nFix: signed-off-by is missing\n".getBytes()));
    }

    private static int number(History h, ObjectId id) {
        for (int i = 0; i < h.size(); i++) {
            if (h.id(i).equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id.name());
    }
}
