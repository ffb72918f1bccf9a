package org.levermap.collect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LicenseTreeFileTest {

    @TempDir
    Path tmp;

    private static ObjectId id(int n) {
        return ObjectId.fromString(String.format("%040x", n));
    }

    @Test
    void whatIsWrittenIsReadBackEachListOnce() throws Exception {
        List<LicenseHistory.FileKey> mit = List.of(new LicenseHistory.FileKey("LICENSE", id(1)));
        List<LicenseHistory.FileKey> dual = List.of(new LicenseHistory.FileKey("LICENSE", id(1)),
                new LicenseHistory.FileKey("LICENSES/Apache-2.0.txt", id(2)));
        Map<ObjectId, List<LicenseHistory.FileKey>> byTree = new HashMap<>();
        byTree.put(id(10), mit);
        byTree.put(id(11), mit);
        byTree.put(id(12), dual);
        byTree.put(id(13), List.of());
        byTree.put(id(14), null); // missing from a partial clone: not kept
        Path file = tmp.resolve("history/x.licenses");
        // The README's key is its license section's; its text is read from the README's blob.
        byTree.put(id(15), List.of(new LicenseHistory.FileKey("README.md", id(4))));
        LicenseTreeFile.write(file, "code", "/r.git", byTree, key -> key.equals(id(4)) ? id(5) : key);

        LicenseTreeFile.Kept kept = LicenseTreeFile.read(file, "code", "/r.git");
        Map<ObjectId, List<LicenseHistory.FileKey>> read = kept.byTree();
        Map<ObjectId, List<LicenseHistory.FileKey>> expected = new HashMap<>(byTree);
        expected.remove(id(14));
        assertEquals(expected, read);
        assertSame(read.get(id(10)), read.get(id(11)), "one list for the trees that share it");
        assertEquals(Map.of(id(4), id(5)), kept.contents());
    }

    @Test
    void aFileOfOtherCodeOrAnotherRepositoryOrDamagedIsNone() throws Exception {
        Path file = tmp.resolve("x.licenses");
        LicenseTreeFile.write(file, "code", "/r.git", Map.of(id(10), List.of(new LicenseHistory.FileKey("COPYING", id(3)))),
                key -> key);
        assertEquals(1, LicenseTreeFile.read(file, "code", "/r.git").byTree().size());
        assertTrue(LicenseTreeFile.read(file, "newer code", "/r.git").byTree().isEmpty());
        assertTrue(LicenseTreeFile.read(file, "code", "/other.git").byTree().isEmpty());
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        assertTrue(LicenseTreeFile.read(file, "code", "/r.git").byTree().isEmpty());
        assertTrue(LicenseTreeFile.read(tmp.resolve("none"), "code", "/r.git").byTree().isEmpty());
    }
}
