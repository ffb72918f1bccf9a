package org.levermap.render.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackRecordTest {

    @TempDir
    Path tmp;

    private static SiteListing listing(String identity, Set<String> files, Set<String> folders) {
        Map<String, String> stamps = new HashMap<>();
        files.forEach(f -> stamps.put(f, "1\t1\tkey"));
        return new SiteListing("fp", identity, stamps, folders, true);
    }

    @Test
    void namesEveryPathWhereTheBackDiffers() {
        SiteListing old = listing("old", Set.of("same.html", "changed.html", "gone.html", "x/y.html"), Set.of("x"));
        SiteListing now = listing("now", Set.of("same.html", "changed.html", "added.html", "n/m.html"), Set.of("n"));
        BackRecord r = BackRecord.of(old, now, Set.of("same.html"));
        assertEquals(Map.of("changed.html", BackRecord.Difference.CHANGED, "added.html", BackRecord.Difference.MISSING,
                "n/m.html", BackRecord.Difference.MISSING, "gone.html", BackRecord.Difference.EXTRA,
                "x/y.html", BackRecord.Difference.EXTRA, "x/", BackRecord.Difference.EXTRA_FOLDER,
                "n/", BackRecord.Difference.MISSING_FOLDER), r.entries());
        assertEquals("now", r.front());
        assertTrue(r.fits(now));
        assertFalse(r.fits(old), "another site");
        assertFalse(r.fits(null));
    }

    @Test
    void fitsOnlyEntriesThatAgreeWithTheSite() {
        SiteListing front = listing("id", Set.of("a.html"), Set.of("f"));
        assertFalse(record(Map.of("b.html", BackRecord.Difference.CHANGED)).fits(front), "a changed file the site lacks");
        assertFalse(record(Map.of("a.html", BackRecord.Difference.EXTRA)).fits(front), "an extra file the site has");
        assertFalse(record(Map.of("f/", BackRecord.Difference.EXTRA_FOLDER)).fits(front), "an extra folder it has");
        assertFalse(record(Map.of("g/", BackRecord.Difference.MISSING_FOLDER)).fits(front), "a missing folder it lacks");
        assertFalse(record(Map.of("a.html/", BackRecord.Difference.MISSING)).fits(front), "a file named as a folder");
        for (String unsafe : new String[] {"../x", "/etc/x", "a//b", "./a", "a\\b", ""}) {
            assertFalse(record(Map.of(unsafe, BackRecord.Difference.EXTRA)).fits(front), unsafe);
        }
        assertTrue(record(Map.of("b/c.html", BackRecord.Difference.EXTRA, "g/", BackRecord.Difference.EXTRA_FOLDER,
                "f/", BackRecord.Difference.MISSING_FOLDER)).fits(front));
        SiteListing linked = new SiteListing("fp", "id", front.stamps(), front.folders(), false);
        assertFalse(record(Map.of()).fits(linked), "a site holding a link");
    }

    private static BackRecord record(Map<String, BackRecord.Difference> entries) {
        return new BackRecord("id", new HashMap<>(entries));
    }

    @Test
    void readsWhatItWroteAndNothingDamaged() throws Exception {
        BackRecord r = record(Map.of("a.html", BackRecord.Difference.CHANGED, "d/", BackRecord.Difference.EXTRA_FOLDER));
        r.write(tmp);
        assertEquals(r, BackRecord.read(tmp));
        Path file = tmp.resolve(BackRecord.FILE);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 6] ^= 0x01; // in gzip's CRC-32
        Files.write(file, bytes);
        assertNull(BackRecord.read(tmp));
        Files.write(file, new byte[] {1, 2, 3});
        assertNull(BackRecord.read(tmp));
        Files.delete(file);
        assertNull(BackRecord.read(tmp));
    }
}
