package org.levermap.model.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.model.repo.DataException;
import org.levermap.model.repo.DataRepository;
import org.levermap.model.repo.UnreadableSnapshots;

/**
 * A log built from a streamed repository (snapshots read when needed, summaries cached between builds)
 * says exactly what the log of the whole repository says, however much of it came from the cache.
 */
class StreamedChangeLogTest {

    @TempDir
    Path root;

    @BeforeEach
    void copyTheExpertFixtures() throws Exception {
        Path expert = Path.of(StreamedChangeLogTest.class.getResource("/expert/levermap.yaml").toURI()).getParent();
        try (Stream<Path> walk = Files.walk(expert)) {
            for (Path p : walk.toList()) {
                Path to = root.resolve(expert.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
    }

    private ChangeLog streamed() throws DataException {
        return ChangeLog.of(DataRepository.loadStreamed(root, new HashMap<>()));
    }

    private void assertSame(ChangeLog whole, ChangeLog streamed) {
        assertEquals(whole.summaries(), streamed.summaries());
        assertEquals(whole.all(), streamed.all());
        assertEquals(whole.forkLinks(), streamed.forkLinks());
        for (String id : whole.summaries().keySet()) {
            ProjectHistory a = whole.history(id);
            ProjectHistory b = streamed.history(id);
            assertEquals(a.snapshots(), b.snapshots(), id);
            assertEquals(List.copyOf(a.assessments()), List.copyOf(b.assessments()), id);
        }
    }

    @Test
    void aStreamedLogSaysWhatTheWholeOneSaysAndTheNextBuildReadsNoProject() throws Exception {
        ChangeLog whole = ChangeLog.of(DataRepository.load(root));
        DataRepository first = DataRepository.loadStreamed(root, new HashMap<>());
        ChangeLog cold = ChangeLog.of(first);
        assertSame(whole, cold);
        assertTrue(first.store().reads() > 0);
        first.store().prune();

        DataRepository second = DataRepository.loadStreamed(root, new HashMap<>());
        ChangeLog warm = ChangeLog.of(second);
        assertEquals(0, second.store().reads(), "every summary and every project's links came from the cache");
        assertSame(whole, warm);
    }

    @Test
    void aNewForkChangesItsUpstreamsSummary() throws Exception {
        streamed().forkLinks(); // fills the cache
        Path fork = root.resolve("projects/newfork");
        Files.createDirectories(fork.resolve("snapshots"));
        Files.writeString(fork.resolve("project.yaml"), "id: newfork\nname: NewFork\nkind: software\n"
                + "repository: https://github.com/newfork/newfork\n");
        Files.writeString(fork.resolve("snapshots/2024-06-30.yaml"), Files.readString(
                root.resolve("projects/freedb/snapshots/2024-06-30.yaml")).replace("project: freedb", "project: newfork"));
        ChangeLog warm = streamed();
        assertSame(ChangeLog.of(DataRepository.load(root)), warm);
        assertTrue(warm.summary("tightdb").changes().stream().filter(c -> c.kind() == ChangeKind.FORK)
                .anyMatch(c -> String.valueOf(c.to()).contains("NewFork")), "tightdb shows its new fork");
    }

    @Test
    void anEditedActorJudgesEveryProjectAgain() throws Exception {
        streamed();
        Path actors = root.resolve("actors");
        try (Stream<Path> files = Files.list(actors)) {
            Path any = files.sorted().findFirst().orElseThrow();
            Files.writeString(any, Files.readString(any) + "\nnote: edited\n");
        }
        DataRepository repo = DataRepository.loadStreamed(root, new HashMap<>());
        ChangeLog log = ChangeLog.of(repo);
        assertEquals(repo.projects().size(), repo.store().reads(), "every project was judged again");
        assertSame(ChangeLog.of(DataRepository.load(root)), log);
    }

    @Test
    void aBrokenSnapshotIsReportedAsValidateReportsIt() throws Exception {
        streamed();
        Path file = root.resolve("projects/tightdb/snapshots/2023-06-30.yaml");
        Files.writeString(file, Files.readString(file).replaceFirst("date: 2023-06-30", "date: 2023-06-31"));
        DataException whole = assertThrows(DataException.class, () -> DataRepository.load(root));
        UnreadableSnapshots streamed = assertThrows(UnreadableSnapshots.class, this::streamed);
        assertEquals(whole.problems(), streamed.problems().problems());
        assertFalse(whole.problems().isEmpty());
    }
}
