package org.levermap.collect.git;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index file: read back as written; anything else read as no index at all. */
class HistoryIndexFileTest {

    @TempDir
    Path tmp;

    private static ObjectId id(int n) {
        return ObjectId.fromString(String.format("%040x", n));
    }

    private static CommitTable table() {
        return new CommitTable(new ObjectId[] {id(1), id(2), id(3)}, new ObjectId[] {id(11), id(12), id(13)},
                new int[][] {{1, 2}, {2}, {}}, new long[] {300, 200, CommitTimes.UNDATED}, new int[] {0, 1, -1},
                new int[] {1, 1, -1}, new byte[] {1, 6, 0},
                List.of(new Mailmap.Ident("Zoë", "z@x.org"), new Mailmap.Ident("", "")), 0, 150);
    }

    @Test
    void whatIsWrittenIsReadBack() throws Exception {
        Path file = tmp.resolve("h/x.bin");
        HistoryIndexFile.write(file, "code", "/repo.git", table());
        CommitTable t = HistoryIndexFile.read(file, "code", "/repo.git");
        assertNotNull(t);
        CommitTable w = table();
        assertArrayEquals(w.ids(), t.ids());
        assertArrayEquals(w.trees(), t.trees());
        assertArrayEquals(w.parents(), t.parents());
        assertArrayEquals(w.times(), t.times());
        assertArrayEquals(w.authors(), t.authors());
        assertArrayEquals(w.committers(), t.committers());
        assertArrayEquals(w.flags(), t.flags());
        assertEquals(w.idents(), t.idents());
        assertEquals(0, t.tip());
        assertEquals(150, t.identitiesSince());
        assertEquals(List.of(file), Files.list(file.getParent()).toList(), "no temporary file is left");
    }

    @Test
    void otherCodeAnotherRepositoryOrDamageReadAsNoIndex() throws Exception {
        Path file = tmp.resolve("x.bin");
        assertNull(HistoryIndexFile.read(file, "code", "/repo.git"), "missing");
        HistoryIndexFile.write(file, "code", "/repo.git", table());
        assertNull(HistoryIndexFile.read(file, "other code", "/repo.git"));
        assertNull(HistoryIndexFile.read(file, "code", "/other.git"));
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 0; i < bytes.length; i++) {
            byte[] damaged = bytes.clone();
            damaged[i] ^= 0x01;
            Files.write(file, damaged);
            assertNull(HistoryIndexFile.read(file, "code", "/repo.git"), "a bit flipped at " + i);
        }
        for (int n = 0; n < bytes.length; n += 7) {
            Files.write(file, java.util.Arrays.copyOf(bytes, n));
            assertNull(HistoryIndexFile.read(file, "code", "/repo.git"), "cut at " + n);
        }
    }

    @Test
    void aWholeFileWithNumbersOutOfRangeReadsAsNoIndex() throws Exception {
        Path file = tmp.resolve("x.bin");
        CommitTable t = table();
        t.parents()[1][0] = 7;
        HistoryIndexFile.write(file, "code", "/repo.git", t);
        assertNull(HistoryIndexFile.read(file, "code", "/repo.git"), "a parent beyond the commits");
        HistoryIndexFile.write(file, "code", "/repo.git", table());
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer b = ByteBuffer.wrap(bytes);
        b.putInt(4, HistoryIndexFile.FORMAT + 1);
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        b.putLong(bytes.length - 8, crc.getValue());
        Files.write(file, bytes);
        assertNull(HistoryIndexFile.read(file, "code", "/repo.git"), "another format");
    }
}
