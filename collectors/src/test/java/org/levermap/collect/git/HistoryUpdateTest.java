package org.levermap.collect.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.levermap.collect.testing.TestRepo.at;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.collect.testing.TestRepo;

/** A table brought up to a new tip holds what a whole walk of that tip reads, commit by commit. */
class HistoryUpdateTest {

    static final TestRepo.Person A = new TestRepo.Person("A", "a@x.org");
    static final TestRepo.Person B = new TestRepo.Person("B", "b@x.org");

    @TempDir
    Path tmp;

    /** Each commit's id with its parents' ids, tree, date, flags and identities, by id. */
    private static Map<String, String> described(CommitTable t) {
        Map<String, String> out = new TreeMap<>();
        for (int i = 0; i < t.size(); i++) {
            List<String> parents = new ArrayList<>();
            for (int p : t.parents()[i]) {
                parents.add(t.ids()[p].name());
            }
            out.put(t.ids()[i].name(), parents + " " + t.trees()[i].name() + " " + t.times()[i] + " " + t.flags()[i]
                    + " " + (t.authors()[i] < 0 ? "-" : t.idents().get(t.authors()[i]))
                    + " " + (t.committers()[i] < 0 ? "-" : t.idents().get(t.committers()[i]))
                    + (i == t.tip() ? " tip" : ""));
        }
        return out;
    }

    @Test
    void descendantsAndRewritesGiveWhatAWholeWalkGives() throws Exception {
        long since = at("2024-01-03").getEpochSecond();
        try (TestRepo repo = TestRepo.init(tmp.resolve("r.git")); ObjectReader reader = repo.repository().newObjectReader()) {
            TestRepo.Branch main = repo.branch("main");
            main.write("f", "1").commit("c1", at("2024-01-01"), A);
            TestRepo.Branch early = main.fork("early");
            main.write("f", "2").commit("c2", at("2024-01-02"), B);
            main.write("f", "3").commit("c3\n\nSigned-off-by: A <a@x.org>", at("2024-01-04"), A);
            CommitTable old = HistoryWalker.table(reader, main.tip(), since, n -> { });

            TestRepo.Branch side = main.fork("side");
            side.write("s", "1").signedCommit("s1", at("2024-01-05"), B);
            main.write("f", "4").commit("c4", at("2024-01-06"), A);
            TestRepo.Branch vendor = repo.branch("vendor");
            vendor.write("v", "1").commit("v1", at("2020-01-01"), B);
            main.merge(side, "merge", at("2024-01-07"), A, B);
            ObjectId tip = main.mergeSubtree(vendor, "v", "subtree", at("2024-01-08"), A);
            assertEquals(described(HistoryWalker.table(reader, tip, since, n -> { })),
                    described(HistoryUpdate.extend(reader, old, tip, n -> { })));

            ObjectId rewritten = early.write("g", "1").commit("instead", at("2024-01-09"), B);
            assertEquals(described(HistoryWalker.table(reader, rewritten, since, n -> { })),
                    described(HistoryUpdate.extend(reader, old, rewritten, n -> { })), "only c1 is kept");
            ObjectId back = old.ids()[old.parents()[old.tip()][0]];
            assertEquals(described(HistoryWalker.table(reader, back, since, n -> { })),
                    described(HistoryUpdate.extend(reader, old, back, n -> { })), "an ancestor of the old tip");
        }
    }

    @Test
    void aTableLackingACommitItsTipReachesIsRefused() throws Exception {
        try (TestRepo repo = TestRepo.init(tmp.resolve("r.git")); ObjectReader reader = repo.repository().newObjectReader()) {
            TestRepo.Branch main = repo.branch("main");
            main.write("f", "1").commit("c1", at("2024-01-01"), A);
            TestRepo.Branch early = main.fork("early");
            ObjectId c2 = main.write("f", "2").commit("c2", at("2024-01-02"), A);
            CommitTable whole = HistoryWalker.table(reader, c2, 0, n -> { });
            int c2Number = whole.ids()[0].equals(c2) ? 0 : 1;
            // a table of c2 alone, without its parent c1
            CommitTable lacking = new CommitTable(new ObjectId[] {c2}, new ObjectId[] {whole.trees()[c2Number]},
                    new int[][] {{}}, new long[] {whole.times()[c2Number]}, new int[] {-1}, new int[] {-1}, new byte[1],
                    List.of(), 0, 0);
            ObjectId fromC1 = early.write("g", "1").commit("from c1", at("2024-01-03"), A);
            assertNull(HistoryUpdate.extend(reader, lacking, fromC1, n -> { }), "c1 is in neither the walk nor the table");
        }
    }
}
