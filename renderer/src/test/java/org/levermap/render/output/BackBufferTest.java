package org.levermap.render.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A double-buffered output brings the previous site, kept as the back buffer, up to date in only the
 * paths that differ, and the result equals a fresh build's folder exactly (files and folders); a back
 * whose record is missing, damaged, stale or not as the folder is, is deleted and the build staged fresh.
 */
class BackBufferTest {

    private static final Map<String, String> ONE = Map.of(".levermap", StagedOutput.MARKER_TEXT,
            "index.html", "one", "a/b.html", "B", "a/c.html", "C", "gone/x.html", "X", "deep/1/2/3.html", "3",
            "f", "file f");
    /** Changed, added, removed; a folder emptied; a file become a folder. */
    private static final Map<String, String> TWO = Map.of(".levermap", StagedOutput.MARKER_TEXT,
            "index.html", "two", "a/b.html", "B", "new/n.html", "N", "deep/1/2/3.html", "3", "f/g.html", "G");
    /** A folder become a file again, a file back, a deep folder gone whole. */
    private static final Map<String, String> THREE = Map.of(".levermap", StagedOutput.MARKER_TEXT,
            "index.html", "three", "a/b.html", "B", "a/c.html", "C again", "new/n.html", "N2", "f", "file f");

    @TempDir
    Path tmp;
    Path out;
    Path fresh;
    int builds;
    Map<String, String> site = Map.of();

    @BeforeEach
    void folders() throws Exception {
        out = Files.createDirectories(tmp.resolve("sites")).resolve("_site");
        fresh = Files.createDirectories(tmp.resolve("fresh"));
    }

    /** Builds {@code files} (the marker included) double-buffered, and checks it against a fresh build. */
    private StagedOutput build(Map<String, String> files, boolean reuse) throws Exception {
        StagedOutput o = OutputTrees.build(out, site, withoutMarker(files), reuse, Faults.NONE,
                FolderSwap.system());
        site = files;
        Path full = fresh.resolve("full-" + builds++);
        OutputTrees.fresh(full, withoutMarker(files));
        assertEquals(OutputTrees.tree(full), OutputTrees.tree(out), "the same files and folders as a fresh build");
        assertEquals(List.of("._site.back", "_site"), OutputTrees.names(out.getParent()), "the site and its back");
        return o;
    }

    private static Map<String, String> withoutMarker(Map<String, String> files) {
        Map<String, String> m = new HashMap<>(files);
        m.remove(StagedOutput.MARKER);
        return m;
    }

    private Path back() {
        return out.resolveSibling("._site.back");
    }

    @Test
    void successiveBuildsUpdateTheBackInPlaceAndEqualFreshBuilds() throws Exception {
        OutputTrees.build(out, site, withoutMarker(ONE), true, Faults.NONE, FolderSwap.system());
        site = ONE;
        assertFalse(build(TWO, true).reusedBack(), "the second build stages fresh and keeps the first site");
        for (Map<String, String> next : List.of(THREE, ONE, TWO, TWO, THREE)) {
            assertTrue(build(next, true).reusedBack(), "from the third build on, the back is brought up to date");
        }
    }

    @Test
    void aFileTheBackSharesWithTheSiteIsNeverWrittenInto() throws Exception {
        OutputTrees.build(out, site, withoutMarker(ONE), true, Faults.NONE, FolderSwap.system());
        site = ONE;
        build(TWO, true);
        Object shared = Files.getAttribute(out.resolve("a/b.html"), "unix:ino");
        assertEquals(shared, Files.getAttribute(back().resolve("a/b.html"), "unix:ino"), "an unchanged file is one inode");
        Map<String, String> changed = new HashMap<>(TWO);
        changed.put("a/b.html", "B changed");
        assertTrue(build(changed, true).reusedBack());
        assertEquals("B", Files.readString(back().resolve("a/b.html")), "the previous site keeps its bytes");
        assertNotEquals(shared, Files.getAttribute(out.resolve("a/b.html"), "unix:ino"));
        assertEquals(Files.getAttribute(out.resolve("deep/1/2/3.html"), "unix:ino"),
                Files.getAttribute(back().resolve("deep/1/2/3.html"), "unix:ino"));
    }

    /** Two builds, so that a back exists for the third. */
    private void twoBuilds() throws Exception {
        OutputTrees.build(out, site, withoutMarker(ONE), true, Faults.NONE, FolderSwap.system());
        site = ONE;
        build(TWO, true);
    }

    @Test
    void aDamagedRecordIsNoRecord() throws Exception {
        twoBuilds();
        Path record = back().resolve(BackRecord.FILE);
        byte[] bytes = Files.readAllBytes(record);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(record, bytes);
        assertFalse(build(THREE, true).reusedBack());
    }

    @Test
    void aMissingRecordIsNoRecord() throws Exception {
        twoBuilds();
        Files.delete(back().resolve(BackRecord.FILE));
        assertFalse(build(THREE, true).reusedBack());
    }

    @Test
    void aRecordOfAnotherSiteIsStale() throws Exception {
        twoBuilds();
        // The site changed since its back was kept (edited by hand): the record no longer names it.
        Files.setLastModifiedTime(out.resolve("index.html"), FileTime.fromMillis(1_000_000));
        assertFalse(build(THREE, true).reusedBack());
    }

    @Test
    void anEmptyFolderAddedToTheSiteMakesTheRecordStale() throws Exception {
        twoBuilds();
        Files.createDirectories(out.resolve("empty"));
        assertFalse(build(THREE, true).reusedBack());
    }

    @Test
    void aBackMissingAFileItsRecordNamesStillGivesTheExactSite() throws Exception {
        twoBuilds();
        // The record says the back holds a/c.html (the first site's, which the second lacks): it does not.
        Files.delete(back().resolve("a/c.html"));
        build(THREE, true);
    }

    @Test
    void aBackHoldingMoreThanItsRecordIsStagedAgain() throws Exception {
        twoBuilds();
        Files.writeString(Files.createDirectories(back().resolve("a/extra")).resolve("x.html"), "unknown");
        Files.createDirectories(back().resolve("empty/folder"));
        // new/n.html is one the back lacks, by its record, and THREE writes anew.
        Files.writeString(Files.createDirectories(back().resolve("new")).resolve("n.html"), "planted");
        assertTrue(build(THREE, true).reusedBack());
    }

    @Test
    void aFileReplacedInTheBackIsNotTakenForTheSites() throws Exception {
        twoBuilds();
        // a/b.html is the same in every site, carried with no system call: the back's must be the site's own.
        Path b = back().resolve("a/b.html");
        Files.delete(b);
        Files.writeString(b, "not the site's");
        assertTrue(build(THREE, true).reusedBack());
        assertEquals("B", Files.readString(out.resolve("a/b.html")));
    }

    @Test
    void aRecordNamingAPathOutsideTheBackIsNotFollowed() throws Exception {
        twoBuilds();
        Path outside = Files.writeString(tmp.resolve("sites/keep.txt"), "keep");
        Files.delete(back().resolve(BackRecord.FILE));
        SiteListing front = SiteListing.of(out);
        new BackRecord(front.identity(), new HashMap<>(Map.of("../keep.txt", BackRecord.Difference.EXTRA)))
                .write(back());
        StagedOutput o = OutputTrees.build(out, site, withoutMarker(THREE), true, Faults.NONE,
                FolderSwap.system());
        assertFalse(o.reusedBack());
        assertEquals("keep", Files.readString(outside));
    }

    @Test
    void aForcedBuildStagesFreshAndKeepsANewBack() throws Exception {
        twoBuilds();
        assertFalse(build(THREE, false).reusedBack());
        assertTrue(build(ONE, true).reusedBack());
    }

    @Test
    void withTwoRenamesTheBackIsKeptToo() throws Exception {
        for (Map<String, String> next : List.of(ONE, TWO, THREE, ONE)) {
            StagedOutput o = OutputTrees.build(out, site, withoutMarker(next), true, Faults.NONE,
                    FolderSwap.NONE);
            assertEquals(next == THREE || site == THREE, o.reusedBack(), "from the third build on");
            site = next;
            Path full = fresh.resolve("renames-" + builds++);
            OutputTrees.fresh(full, withoutMarker(next));
            assertEquals(OutputTrees.tree(full), OutputTrees.tree(out));
        }
    }
}
