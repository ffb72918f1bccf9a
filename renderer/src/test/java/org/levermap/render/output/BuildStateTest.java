package org.levermap.render.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildStateTest {

    @TempDir
    Path tmp;

    @Test
    void upToDateOnlyWithTheSameInputsOptionsAndOutput() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(data.resolve("levermap.yaml"), "title: T\n");
        Files.createDirectories(data.resolve("projects/p"));
        Files.writeString(data.resolve("projects/p/project.yaml"), "id: p\nname: P\n");
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("index.html"), "x");

        BuildState state = BuildState.of(data, out, "o", List.of());
        assertFalse(state.upToDate(out), "never built");
        state.record(out);
        assertTrue(BuildState.of(data, out, "o", List.of()).upToDate(out));
        assertFalse(BuildState.of(data, out, "other", List.of()).upToDate(out), "other options");
        assertFalse(BuildState.of(data, tmp.resolve("elsewhere"), "o", List.of()).upToDate(out), "another output");

        Files.writeString(data.resolve("projects/p/notes.md"), "new file");
        assertFalse(BuildState.of(data, out, "o", List.of()).upToDate(out), "an input appeared");
        Files.delete(data.resolve("projects/p/notes.md"));
        assertTrue(BuildState.of(data, out, "o", List.of()).upToDate(out));
        Files.writeString(out.resolve("index.html"), "tampered");
        assertFalse(BuildState.of(data, out, "o", List.of()).upToDate(out), "the output changed");
        assertTrue(Files.isDirectory(data.resolve(".cache/levermap")));
    }

    @Test
    void recordingRemovesTheTemporaryFileOfAKilledRecord() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(data.resolve("levermap.yaml"), "title: T\n");
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path cache = Files.createDirectories(data.resolve(".cache/levermap"));
        Path leftover = Files.writeString(cache.resolve(".state123456789.tmp"), "half");
        BuildState.of(data, out, "o", List.of()).record(out);
        assertFalse(Files.exists(leftover));
        try (java.util.stream.Stream<Path> files = Files.list(cache)) {
            assertEquals(1, files.count(), "only the record");
        }
    }
}
