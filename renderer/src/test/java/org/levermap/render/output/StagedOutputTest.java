package org.levermap.render.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedOutputTest {

    @TempDir
    Path tmp;

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void commitSwapsTheNewSiteInAndKeepsUnchangedFiles() throws Exception {
        Path out = tmp.resolve("site");
        StagedOutput first = StagedOutput.open(out);
        first.write("a.html", b("A"));
        first.write("dir/b.html", b("B"));
        first.write("gone.html", b("G"));
        first.commit();
        Object inode = Files.getAttribute(out.resolve("a.html"), "unix:ino");

        StagedOutput second = StagedOutput.open(out);
        second.write("a.html", b("A"));
        second.write("dir/b.html", b("B2"));
        assertEquals("A", Files.readString(out.resolve("a.html")), "nothing changes before commit");
        assertTrue(Files.exists(out.resolve("gone.html")));
        second.commit();
        assertEquals(2, second.unchanged(), "a.html and the marker");
        assertEquals(1, second.written(), "b.html");
        assertEquals(inode, Files.getAttribute(out.resolve("a.html"), "unix:ino"));
        assertEquals("B2", Files.readString(out.resolve("dir/b.html")));
        assertFalse(Files.exists(out.resolve("gone.html")), "files no longer built are gone");
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(1, s.count(), "no staging or old folder left");
        }
    }

    @Test
    void aCarriedFileIsThePreviousBuildsLinkedAndAMissingOneIsNotCarried() throws Exception {
        Path out = tmp.resolve("site");
        StagedOutput first = StagedOutput.open(out);
        first.write("dir/a.html", b("A"));
        first.commit();
        Object inode = Files.getAttribute(out.resolve("dir/a.html"), "unix:ino");

        StagedOutput second = StagedOutput.open(out);
        assertTrue(second.carry("dir/a.html"));
        assertEquals("A", new String(second.read("dir/a.html"), StandardCharsets.UTF_8));
        assertFalse(second.carry("dir/none.html"));
        second.commit();
        assertEquals(inode, Files.getAttribute(out.resolve("dir/a.html"), "unix:ino"));
        assertFalse(Files.exists(out.resolve("dir/none.html")));
    }

    @Test
    void abortLeavesTheOutputAsItWas() throws Exception {
        Path out = tmp.resolve("site");
        StagedOutput first = StagedOutput.open(out);
        first.write("a.html", b("A"));
        first.commit();
        StagedOutput second = StagedOutput.open(out);
        second.write("a.html", b("changed"));
        second.abort();
        assertEquals("A", Files.readString(out.resolve("a.html")));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void refusesAFolderItDidNotBuild() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(out.resolve("notes.txt"), "keep");
        OutputException e = assertThrows(OutputException.class, () -> StagedOutput.open(out));
        assertTrue(e.getMessage().contains("not built by levermap"));
        assertThrows(OutputException.class, () -> StagedOutput.open(out.resolve("notes.txt")));
        StagedOutput.open(Files.createDirectories(tmp.resolve("empty"))).abort();
    }
}
