package org.levermap.collect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.collect.testing.Catalog;

class CatalogCacheTest {

    @TempDir
    Path tmp;

    @Test
    void aStoredCatalogueReadsBackEqual() throws Exception {
        LicenseCatalog built = Catalog.shared();
        Path file = tmp.resolve("c.bin");
        CatalogCache.write(built, file);
        LicenseCatalog read = CatalogCache.read(file);
        assertEquals(built.spdxVersion(), read.spdxVersion());
        assertEquals(built.all(), read.all());
    }

    @Test
    void theFileIsNamedByWhatItIsMadeFromAndABrokenOneIsRebuilt() throws Exception {
        String digest = CatalogCache.digest();
        assertEquals(digest, CatalogCache.digest());
        Path file = tmp.resolve("licenses-" + digest + ".bin");
        Files.writeString(file, "not a catalogue");
        Files.writeString(tmp.resolve("licenses-0000000000000000.bin"), "an older catalogue");
        LicenseCatalog catalog = CatalogCache.load(tmp);
        assertEquals(Catalog.shared().all().size(), catalog.all().size());
        assertEquals(Catalog.shared().all(), CatalogCache.read(file).all());
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(file), files.filter(p -> !p.getFileName().toString().startsWith("licenses-digest-"))
                    .toList(), "no temporary file or older catalogue is left");
        }
        assertTrue(Files.size(file) > 1000);
    }

    @Test
    void theDigestIsKeptForThisBuildOfTheCodeAndADamagedMemoIsComputedAgain() throws Exception {
        String digest = CatalogCache.digest();
        Files.writeString(tmp.resolve("licenses-digest-0000000000000000"), "an older build's");
        assertEquals(digest, CatalogCache.digest(tmp));
        List<Path> memos = memos();
        assertEquals(1, memos.size(), "the older build's memo is gone: " + memos);

        // A memo that says another digest is what a later run believes: that is what it is for.
        GzipFiles.write(memos.get(0), out -> out.writeUTF("0123456789abcdef"));
        assertEquals("0123456789abcdef", CatalogCache.digest(tmp));
        // One that cannot be read is computed again and written again.
        Files.writeString(memos.get(0), "damaged");
        assertEquals(digest, CatalogCache.digest(tmp));
        assertEquals(digest, CatalogCache.digest(tmp));
        assertEquals(memos, memos());
    }

    private List<Path> memos() throws Exception {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("licenses-digest-")).toList();
        }
    }
}
