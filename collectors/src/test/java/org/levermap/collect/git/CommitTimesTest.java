package org.levermap.collect.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.collect.testing.TestRepo;

/** Commit dates read from the raw commit: exact past 2038, and a documented rule for unreadable ones. */
class CommitTimesTest {

    static final long Y2100 = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();

    @TempDir
    Path tmp;

    private static ObjectId commit(ObjectInserter in, ObjectId parent, String author, String committer)
            throws Exception {
        ObjectId tree = in.insert(Constants.OBJ_TREE, new byte[0]);
        String raw = "tree " + tree.name() + "\n" + (parent == null ? "" : "parent " + parent.name() + "\n")
                + "author " + author + "\ncommitter " + committer + "\n\nmessage\n";
        return in.insert(Constants.OBJ_COMMIT, raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void datesPast2038AndHugeTimestampsAreExact() throws Exception {
        try (TestRepo t = TestRepo.init(tmp.resolve("r.git"))) {
            Repository repo = t.repository();
            try (ObjectInserter in = repo.newObjectInserter()) {
                ObjectId c1 = commit(in, null, "A <a@x.org> 1700000000 +0000", "A <a@x.org> 1700000000 +0000");
                ObjectId c2 = commit(in, c1, "A <a@x.org> " + Y2100 + " +0100", "A <a@x.org> " + Y2100 + " +0100");
                ObjectId c3 = commit(in, c2, "A <a@x.org> 99999999999999 +0000", "A <a@x.org> 99999999999999 +0000");
                in.flush();
                try (ObjectReader reader = repo.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
                    assertEquals(Y2100, CommitTimes.of(walk.parseCommit(c2)));
                    assertEquals(99999999999999L, CommitTimes.of(walk.parseCommit(c3)));
                    History h = HistoryWalker.walk(reader, c3, n -> { });
                    assertEquals(1700000000L, h.time(h.onLine(0)));
                    assertEquals(Y2100, h.time(h.onLine(1)), "2100-01-01, not a 32-bit wrap to 1963");
                    assertEquals(99999999999999L, h.time(h.onLine(2)));
                    assertEquals(0, h.positionAt(Instant.parse("2024-06-30T00:00:00Z").getEpochSecond()),
                            "a 2024 snapshot sees the 2023 commit, not the ones dated later");
                }
            }
        }
    }

    @Test
    void anUnreadableCommitterLineTakesTheAuthorDateThenTheParentsNever1970() throws Exception {
        try (TestRepo t = TestRepo.init(tmp.resolve("r.git"))) {
            Repository repo = t.repository();
            try (ObjectInserter in = repo.newObjectInserter()) {
                ObjectId c1 = commit(in, null, "A <a@x.org> 1700000000 +0000", "A <a@x.org> 1700000000 +0000");
                ObjectId c2 = commit(in, c1, "A <a@x.org> 1700100000 +0000", "broken line without a date");
                ObjectId c3 = commit(in, c2, "nonsense", "A <a@x.org> notanumber +0000");
                in.flush();
                try (ObjectReader reader = repo.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
                    assertEquals(1700100000L, CommitTimes.of(walk.parseCommit(c2)), "the author's date");
                    assertEquals(CommitTimes.UNDATED, CommitTimes.of(walk.parseCommit(c3)));
                    History h = HistoryWalker.walk(reader, c3, n -> { });
                    assertEquals(1700100000L, h.time(h.onLine(1)));
                    assertEquals(1700100000L, h.time(h.onLine(2)), "an undated commit takes its parents' newest date");
                }
            }
        }
    }

    @Test
    void aHistoryWithoutAnyReadableDateIsRefused() throws Exception {
        try (TestRepo t = TestRepo.init(tmp.resolve("r.git"))) {
            Repository repo = t.repository();
            try (ObjectInserter in = repo.newObjectInserter()) {
                ObjectId c1 = commit(in, null, "x", "y");
                in.flush();
                try (ObjectReader reader = repo.newObjectReader()) {
                    assertThrows(java.io.IOException.class, () -> HistoryWalker.walk(reader, c1, n -> { }));
                }
            }
        }
    }
}
