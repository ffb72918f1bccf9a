package org.levermap.render.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteListingTest {

    @TempDir
    Path tmp;

    private Path site() throws Exception {
        Path site = Files.createDirectories(tmp.resolve("site/a/b"));
        Files.writeString(site.resolve("deep.html"), "deep");
        Files.writeString(tmp.resolve("site/index.html"), "index!");
        Files.setLastModifiedTime(site.resolve("deep.html"), FileTime.fromMillis(1_000));
        Files.setLastModifiedTime(tmp.resolve("site/index.html"), FileTime.fromMillis(2_000));
        return tmp.resolve("site");
    }

    @Test
    void listsFilesAndFoldersWithSlashes() throws Exception {
        SiteListing l = SiteListing.of(site());
        assertEquals(Set.of("a/b/deep.html", "index.html"), l.files());
        assertEquals(Set.of("a", "a/b"), l.folders());
        assertTrue(l.plain());
        assertTrue(l.stamps().get("index.html").startsWith("6\t2000\t"), l.stamps().toString());
        assertNull(SiteListing.of(tmp.resolve("none")));
    }

    @Test
    void theFingerprintIsTheOneBuildStateHasAlwaysRecorded() throws Exception {
        // Path TAB size TAB time, one line per file in path order: records of earlier builds still match.
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        d.update("a/b/deep.html\t4\t1000\nindex.html\t6\t2000\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(HexFormat.of().formatHex(d.digest()), SiteListing.of(site()).fingerprint());
    }

    @Test
    void theIdentityAlsoSeesFoldersAndLinks() throws Exception {
        Path site = site();
        SiteListing before = SiteListing.of(site);
        Files.createDirectories(site.resolve("empty"));
        SiteListing folder = SiteListing.of(site);
        assertEquals(before.fingerprint(), folder.fingerprint());
        assertNotEquals(before.identity(), folder.identity());
        Files.createSymbolicLink(site.resolve("link"), tmp);
        SiteListing link = SiteListing.of(site);
        assertFalse(link.plain());
        assertNotEquals(folder.identity(), link.identity());
    }
}
