package org.levermap.model.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyMemoTest {

    @TempDir
    Path folder;

    /** A memo that learnt {@code file}'s key, written and read again as the next build reads it. */
    private KeyMemo written(Path file, String key) {
        KeyMemo memo = KeyMemo.in(folder);
        assertNull(memo.key(file, "a.yaml"));
        memo.learn("a.yaml", key);
        memo.write(false);
        return KeyMemo.in(folder);
    }

    @Test
    void anUnchangedFileHasItsKeyWithoutBeingRead() throws Exception {
        Path file = Files.writeString(folder.resolve("a.yaml"), "one");
        Thread.sleep(2_100); // older than the memo's racy window
        assertEquals("K1", written(file, "K1").key(file, "a.yaml"));
    }

    @Test
    void aChangeOfContentKeepingSizeAndModificationTimeIsSeen() throws Exception {
        Path file = Files.writeString(folder.resolve("a.yaml"), "one");
        FileTime modified = Files.getLastModifiedTime(file);
        Thread.sleep(2_100);
        KeyMemo memo = written(file, "K1");
        Files.writeString(file, "two");
        Files.setLastModifiedTime(file, modified); // as a careless tool would; the change time still moves
        assertNull(memo.key(file, "a.yaml"));
    }

    @Test
    void aFileChangedJustBeforeTheBuildIsLeftOutOfTheMemo() throws Exception {
        Path file = Files.writeString(folder.resolve("a.yaml"), "one");
        assertNull(written(file, "K1").key(file, "a.yaml"));
    }

    @Test
    void aLinkIsNeverTakenFromTheMemo() throws Exception {
        Path target = Files.writeString(folder.resolve("b.yaml"), "one");
        Path link = Files.createSymbolicLink(folder.resolve("a.yaml"), target);
        Thread.sleep(2_100);
        // Where it leads may change while its own status does not: it is read every time.
        assertNull(written(link, "K1").key(link, "a.yaml"));
        assertEquals("K2", written(target, "K2").key(target, "a.yaml"));
    }

    @Test
    void aDamagedMemoIsNoMemo() throws Exception {
        Path file = Files.writeString(folder.resolve("a.yaml"), "one");
        Thread.sleep(2_100);
        written(file, "K1");
        byte[] bytes = Files.readAllBytes(folder.resolve(KeyMemo.FILE));
        Files.write(folder.resolve(KeyMemo.FILE), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertNull(KeyMemo.in(folder).key(file, "a.yaml"));
        assertNotEquals(0, bytes.length);
    }
}
