package org.levermap.model.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.levermap.model.Project;

class RoundTripTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(FileKind.class)
    void everyRecordTypeSurvivesWriteThenReadWithIdenticalBytes(FileKind kind) throws Exception {
        for (String text : Fixtures.AWKWARD) {
            Record original = Fixtures.of(kind, text);
            String written = YamlCodec.write(kind, original);
            Path file = dir.resolve(kind + ".yaml");
            Files.writeString(file, written, StandardCharsets.UTF_8);
            Record read = YamlCodec.read(file, "f.yaml", kind, kind.type());
            assertEquals(original, read, () -> "after writing " + kind + " with " + text + ":\n" + written);
            assertEquals(written, YamlCodec.write(kind, read), "re-serialisation must give the same bytes");
        }
    }

    @ParameterizedTest
    @EnumSource(FileKind.class)
    void writingIsDeterministic(FileKind kind) {
        assertEquals(YamlCodec.write(kind, Fixtures.of(kind, "x")), YamlCodec.write(kind, Fixtures.of(kind, "x")));
    }

    @ParameterizedTest
    @EnumSource(FileKind.class)
    void absentAndEmptyListsAreTheSameValue(FileKind kind) throws Exception {
        Project bare = new Project("p", "P", null, null, null, null, null, null, null, new ArrayList<>());
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, YamlCodec.write(FileKind.PROJECT, bare));
        Project read = YamlCodec.read(file, "p.yaml", FileKind.PROJECT, Project.class);
        assertEquals(bare, read);
        assertTrue(read.events().isEmpty());
    }

    @org.junit.jupiter.api.Test
    void writtenSnapshotLooksLikeHandWrittenYaml() {
        String yaml = YamlCodec.write(FileKind.SNAPSHOT, Fixtures.snapshot("x"));
        assertTrue(yaml.startsWith("# yaml-language-server: $schema=../../../schema/snapshot.schema.json\nproject: p-1\n"
                + "date: 2024-05-31\nprovenance:\n  tool: levermap 0.1.0\n"), yaml);
        assertTrue(yaml.contains("\n  family: source-available\n"), yaml);
        assertTrue(yaml.contains("\n      kind: text-edit\n"), yaml);
    }
}
