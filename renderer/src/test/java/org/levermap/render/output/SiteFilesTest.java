package org.levermap.render.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteFilesTest {

    @TempDir
    Path tmp;

    @Test
    void aFileAlreadyThereIsReplacedNeverWrittenInto() throws Exception {
        Path site = Files.writeString(tmp.resolve("site.html"), "the site's");
        Path staged = tmp.resolve("staged.html");
        Files.createLink(staged, site); // a back's file shared with the site
        SiteFiles.create(staged, "new".getBytes(StandardCharsets.UTF_8));
        assertEquals("the site's", Files.readString(site));
        assertEquals("new", Files.readString(staged));
        assertNotEquals(Files.getAttribute(site, "unix:ino"), Files.getAttribute(staged, "unix:ino"));
        SiteFiles.link(staged, site);
        assertEquals(Files.getAttribute(site, "unix:ino"), Files.getAttribute(staged, "unix:ino"));
    }

    @Test
    void sameBytesIsFalseForAMissingFile() throws Exception {
        Path f = Files.writeString(tmp.resolve("f"), "abc");
        assertTrue(SiteFiles.sameBytes(f, "abc".getBytes(StandardCharsets.UTF_8)));
        assertFalse(SiteFiles.sameBytes(f, "abd".getBytes(StandardCharsets.UTF_8)));
        assertFalse(SiteFiles.sameBytes(tmp.resolve("none"), new byte[0]));
    }
}
