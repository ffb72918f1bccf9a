package org.levermap.model.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.model.Actor;
import org.levermap.model.ActorKind;
import org.levermap.model.change.ChangeLog;

class RecordMemoryTest {

    @TempDir
    Path root;

    private final RecordMemory memory = new RecordMemory();

    @BeforeEach
    void repository() throws Exception {
        RepositoryFiles files = new RepositoryFiles(root);
        files.write("levermap.yaml", "title: Test report\n");
        files.write("actors/acme.yaml", "id: acme\nname: Acme\nkind: company\n");
        files.write("projects/widget/project.yaml", "id: widget\nname: Widget\n");
        files.write("projects/widget/snapshots/2024-01-31.yaml", "project: widget\ndate: 2024-01-31\nprovenance:\n"
                + "  tool: t\n");
        files.write("projects/widget/snapshots/2024-02-29.yaml", "project: widget\ndate: 2024-02-29\nprovenance:\n"
                + "  tool: t\nlicense:\n  spdx: MIT\n");
        Thread.sleep(2_100); // older than the key memo's racy window: their keys are taken from it
    }

    /** A build's load and change log with this memory, then the prune that ends a build. */
    private ChangeLog build() throws Exception {
        DataRepository repo = DataRepository.loadStreamed(root, new HashMap<>(), memory);
        ChangeLog log = ChangeLog.of(repo);
        repo.store().prune();
        return log;
    }

    /** The cache's entries (the key memo aside). */
    private List<Path> entries() throws IOException {
        try (Stream<Path> walk = Files.walk(root.resolve(".cache/levermap"))) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(KeyMemo.FILE))
                    .toList();
        }
    }

    @Test
    void aSecondBuildTakesRecordsAndSummariesFromMemoryWithoutReadingTheirEntries() throws Exception {
        ChangeLog first = build();
        assertTrue(memory.size() > 0);
        for (Path entry : entries()) {
            Files.delete(entry);
        }
        ChangeLog second = build();
        assertEquals(first.summaries(), second.summaries());
        assertEquals(DataRepository.load(root).actors(), DataRepository.loadStreamed(root, new HashMap<>(), memory)
                .actors());
        // Nothing was parsed or derived again, so nothing was written again: every record came from memory.
        assertEquals(List.of(), entries());
        assertEquals(first.summaries(), ChangeLog.of(DataRepository.loadStreamed(root, new HashMap<>())).summaries());
    }

    @Test
    void aChangedFileIsReadAgainAndWhatItNoLongerUsesForgotten() throws Exception {
        build();
        int kept = memory.size();
        new RepositoryFiles(root).write("projects/widget/project.yaml", "id: widget\nname: Widget Two\n");
        ChangeLog log = build();
        assertEquals("Widget Two", log.summaries().get("widget").project().name());
        assertEquals(kept, memory.size(), "the old project record and summary are forgotten");
    }

    @Test
    void retainForgetsOnlyWhatAFolderDidNotUse() {
        Actor a = new Actor("a", "A", ActorKind.COMPANY, null, null, null, null, null, null);
        memory.put("f", "k1", a);
        memory.put("f", "k2", a);
        memory.put("g", "k2", a);
        memory.retain("f", Set.of("k1"));
        assertSame(a, memory.get("f", "k1", Actor.class));
        assertNull(memory.get("f", "k2", Actor.class));
        assertSame(a, memory.get("g", "k2", Actor.class));
        assertNull(memory.get("f", "k1", org.levermap.model.Project.class), "a record of another type is not it");
        assertNotEquals(0, memory.size());
    }
}
