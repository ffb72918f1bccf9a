package org.levermap.model.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordCacheTest {

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        new RepositoryFiles(root).write(path, text);
    }

    @BeforeEach
    void repository() throws IOException {
        write("levermap.yaml", "title: Test report\n");
        write("actors/acme.yaml", "id: acme\nname: Acme\nkind: company\n");
        write("projects/widget/project.yaml", "id: widget\nname: Widget\nlevers:\n  brand:\n    - holder: acme\n"
                + "      source: https://example.org/brand\n");
        write("projects/widget/snapshots/2024-01-31.yaml", "project: widget\ndate: 2024-01-31\nprovenance:\n  tool: t\n");
        write("projects/widget/snapshots/2024-02-29.yaml", "project: widget\ndate: 2024-02-29\nprovenance:\n  tool: t\n");
    }

    private RepositoryLoader loader() {
        return new RepositoryLoader(root, true);
    }

    private List<Path> entries() throws IOException {
        Path folder = root.resolve(".cache/levermap/records");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void aSecondLoadReadsEveryFileFromTheCacheAndGetsAnEqualRepository() throws Exception {
        RepositoryLoader first = loader();
        DataRepository parsed = first.load();
        assertEquals(0, first.cache().hits());
        assertEquals(5, first.cache().stored());
        RepositoryLoader second = loader();
        DataRepository cached = second.load();
        assertEquals(5, second.cache().hits());
        assertEquals(0, second.cache().stored());
        assertEquals(DataRepository.load(root), cached);
        assertEquals(parsed, cached);
    }

    @Test
    void aChangedFileIsParsedAgainAndItsOldEntryDropped() throws Exception {
        loader().load();
        write("projects/widget/snapshots/2024-02-29.yaml", "project: widget\ndate: 2024-02-29\nprovenance:\n  tool: u\n");
        RepositoryLoader again = loader();
        DataRepository repo = again.load();
        assertEquals(4, again.cache().hits());
        assertEquals(1, again.cache().stored());
        assertEquals("u", repo.snapshotsOf("widget").get(1).provenance().tool());
        assertEquals(5, entries().size());
    }

    /** A build's load: streamed, the snapshot files keyed through the key memo, then the cache pruned. */
    private void streamedBuild() throws Exception {
        DataRepository.loadStreamed(root, new java.util.HashMap<>()).store().prune();
    }

    @Test
    void aPruneDropsTheEntriesOfChangedAndDeletedSnapshotsAndListsTheWholeCacheNowAndThen() throws Exception {
        loader().load();
        streamedBuild(); // no memo yet: the whole cache is listed
        assertEquals(6, entries().size(), "five files' entries and the key memo");
        Path version = entries().get(0).getParent().getParent();
        // An entry no memo names (a build killed between the two): only a listing of the whole cache finds it.
        Path stray = version.resolve("ab").resolve("cd".repeat(31));
        Files.createDirectories(stray.getParent());
        Files.writeString(stray, "stray");
        write("projects/widget/snapshots/2024-02-29.yaml", "project: widget\ndate: 2024-02-29\nprovenance:\n  tool: u\n");
        Files.delete(root.resolve("projects/widget/snapshots/2024-01-31.yaml"));
        streamedBuild();
        // The two snapshots' entries are gone (a streamed load reads no snapshot: the new one has none yet).
        assertEquals(5, entries().size(), "three files' entries, the stray one and the memo: " + entries());
        for (int build = 3; build <= KeyMemo.LIST_EVERY; build++) {
            streamedBuild();
        }
        assertTrue(Files.exists(stray));
        streamedBuild();
        assertFalse(Files.exists(stray));
        assertEquals(4, entries().size());
    }

    @Test
    void aDamagedEntryIsIgnoredAndRewritten() throws Exception {
        loader().load();
        for (Path entry : entries()) {
            byte[] bytes = Files.readAllBytes(entry);
            bytes[bytes.length - 1] ^= 0x5a;
            Files.write(entry, bytes);
        }
        Files.write(entries().get(0), new byte[] {1, 2});
        RepositoryLoader again = loader();
        assertEquals(DataRepository.load(root), again.load());
        assertEquals(0, again.cache().hits());
        assertEquals(5, again.cache().stored());
        RepositoryLoader third = loader();
        third.load();
        assertEquals(5, third.cache().hits());
    }

    @Test
    void problemsAreTheSameWithACachedFileWhoseReferenceBroke() throws Exception {
        loader().load();
        Files.delete(root.resolve("actors/acme.yaml"));
        List<String> expected = List.of("projects/widget/project.yaml:5:15: unknown actor 'acme':"
                + " no actors/<id>.yaml file defines it");
        assertEquals(expected, new RepositoryFiles(root).problems());
        DataException e = assertThrows(DataException.class, () -> loader().load());
        assertEquals(expected, e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aFileWithProblemsIsNotCached() throws Exception {
        write("projects/widget/snapshots/2024-02-29.yaml", "project: widget\ndate: 2024-02-29\nprovenance:\n  tol: t\n");
        RepositoryLoader first = loader();
        assertThrows(DataException.class, first::load);
        assertEquals(4, first.cache().stored());
        DataException e = assertThrows(DataException.class, () -> loader().load());
        assertEquals(new RepositoryFiles(root).problems(), e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void entriesOfAnotherLevermapVersionAreDeleted() throws Exception {
        Path old = root.resolve(".cache/levermap/records/0000000000000000/ab/cdef");
        Files.createDirectories(old.getParent());
        Files.writeString(old, "old");
        loader().load();
        assertFalse(Files.exists(old.getParent().getParent()));
        assertTrue(entries().size() == 5);
    }

    @Test
    void entriesThatCameWithTheDataAreNeverRead() throws Exception {
        loader().load();
        // A data repository committed with its cache, read by someone else: their key names another folder.
        Path records = root.resolve(".cache/levermap/records");
        Path mine;
        try (Stream<Path> versions = Files.list(records)) {
            mine = versions.findFirst().orElseThrow();
        }
        Files.move(mine, records.resolve("f00dfeedf00dfeed"));
        RepositoryLoader other = loader();
        other.load();
        assertEquals(0, other.cache().hits());
        assertFalse(Files.exists(records.resolve("f00dfeedf00dfeed")));
    }

    @Test
    void aReadOnlyCacheFolderOnlyCostsTheParsing() throws Exception {
        Files.createDirectories(root.resolve(".cache"));
        Files.writeString(root.resolve(".cache/levermap"), "a file where the folder would be");
        RepositoryLoader loader = loader();
        assertEquals(DataRepository.load(root), loader.load());
        assertEquals(0, loader.cache().stored());
    }
}
