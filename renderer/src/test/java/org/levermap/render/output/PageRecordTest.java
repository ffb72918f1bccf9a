package org.levermap.render.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageRecordTest {

    @TempDir
    Path tmp;
    Path data;
    Path out;

    @BeforeEach
    void built() throws Exception {
        data = Files.createDirectories(tmp.resolve("data"));
        out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("a.html"), "a");
        PageRecord.at(data, out).record(BuildState.outputFingerprint(out), Map.of("a.html", "k1"));
    }

    @Test
    void aPageWithTheSameKeyIsUnchanged() {
        PageRecord record = PageRecord.of(data, out);
        assertTrue(record.unchanged("a.html", "k1"));
        assertFalse(record.unchanged("a.html", "k2"));
        assertFalse(record.unchanged("b.html", "k1"));
        assertFalse(record.unchanged("a.html", null));
    }

    @Test
    void anOutputChangedSinceTheBuildIsNotTrusted() throws Exception {
        Files.writeString(out.resolve("b.html"), "someone else's file");
        assertFalse(PageRecord.of(data, out).unchanged("a.html", "k1"));
    }

    @Test
    void anotherOutputFolderHasItsOwnRecord() throws Exception {
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("a.html"), "a");
        assertFalse(PageRecord.of(data, other).unchanged("a.html", "k1"));
    }

    @Test
    void aBuildWhoseOutputWasNotRecordedCarriesNothingNextTime() {
        PageRecord.at(data, out).record(null, Map.of("a.html", "k1"));
        assertFalse(PageRecord.of(data, out).unchanged("a.html", "k1"));
    }

    @Test
    void aDamagedRecordCarriesNothing() throws Exception {
        try (var files = Files.list(data.resolve(".cache/levermap"))) {
            Files.writeString(files.findFirst().orElseThrow(), "garbage\n\n\t\n");
        }
        assertFalse(PageRecord.of(data, out).unchanged("a.html", "k1"));
    }

    @Test
    void theLinksOfAKeysPagesAreKeptForAsManyPages() throws Exception {
        Files.writeString(out.resolve("b.html"), "b");
        PageRecord.at(data, out).record(BuildState.outputFingerprint(out), Map.of("a.html", "k1", "b.html", "k1"),
                Map.of("k1", java.util.Set.of("c.html#x", "index.html")), Map.of());
        PageRecord record = PageRecord.of(data, out);
        assertEquals(java.util.Set.of("c.html#x", "index.html"), record.links("k1", 2));
        assertNull(record.links("k1", 1)); // a page of the key more or less: read them again
        assertNull(record.links("k2", 1));
        assertEquals("k1", record.key("b.html"));
    }

    @Test
    void eachPagesIdsAreKept() throws Exception {
        Files.writeString(out.resolve("b.html"), "b");
        PageRecord.at(data, out).record(BuildState.outputFingerprint(out), Map.of("a.html", "k1", "b.html", "k2",
                "c.css", "k3"), Map.of(), Map.of("a.html", java.util.Set.of("main", "x"), "b.html", java.util.Set.of()));
        PageRecord record = PageRecord.of(data, out);
        assertEquals(java.util.Set.of("main", "x"), record.ids("a.html"));
        assertEquals(java.util.Set.of(), record.ids("b.html"));
        assertNull(record.ids("c.css"));
        assertEquals("k3", record.key("c.css"));
    }

    @Test
    void theRecordWrittenInThisProcessIsTakenWhileItsFileIsUnchanged() throws Exception {
        String fingerprint = BuildState.outputFingerprint(out);
        PageRecord written = PageRecord.at(data, out).record(fingerprint, Map.of("a.html", "k1"), Map.of(), Map.of());
        assertSame(written, PageRecord.of(data, out, fingerprint, written));
        assertNotSame(written, PageRecord.of(data, out, "another output", written), "the output changed");
        // Another build (another process) wrote the record since: it is read again.
        PageRecord.at(data, out).record(fingerprint, Map.of("a.html", "k2"), Map.of(), Map.of());
        PageRecord read = PageRecord.of(data, out, fingerprint, written);
        assertNotSame(written, read);
        assertTrue(read.unchanged("a.html", "k2"));
    }

    @Test
    void aRecordWithOneByteChangedIsNoRecord() throws Exception {
        assertTrue(PageRecord.of(data, out).unchanged("a.html", "k1"));
        Path file;
        try (var files = Files.list(data.resolve(".cache/levermap"))) {
            file = files.findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 0; i < bytes.length; i++) {
            byte[] damaged = bytes.clone();
            damaged[i] ^= 0x10;
            Files.write(file, damaged);
            assertFalse(PageRecord.of(data, out).unchanged("a.html", "k1"), "byte " + i);
        }
    }

    @Test
    void aRecordWithoutLinksHasNone() {
        assertNull(PageRecord.of(data, out).links("k1", 1));
    }

    @Test
    void aForgottenRecordCarriesNothing() throws Exception {
        PageRecord.of(data, out).forget();
        assertFalse(PageRecord.of(data, out).unchanged("a.html", "k1"));
        try (var files = Files.list(data.resolve(".cache/levermap"))) {
            assertFalse(files.findAny().isPresent());
        }
    }
}
