package org.levermap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.model.repo.DataException;
import org.levermap.model.repo.FileKind;
import org.levermap.model.repo.YamlCodec;

/**
 * Snapshots written before the model-card lineage became its own record load unchanged: every value
 * of their {@code lineage:} lands in {@link LineageFacts} or {@link ModelLineage}.
 */
class StoredLineageTest {

    private static final Path SITE = Path.of("..", "site", "projects");

    /** The model-card keys a snapshot of the previous release held under {@code lineage:}. */
    private static final String OLD_MODEL_LINEAGE = """
            lineage:
              base_models:
                - meta-llama/Meta-Llama-3-8B
                - "<b>base</b>"
              base_model_relation: finetune
              datasets:
                - HuggingFaceH4/ultrachat_200k
            """;

    @TempDir
    Path dir;

    @Test
    void anOldModelSnapshotKeepsItsBaseModelsInTheModelLineage() throws Exception {
        Path file = copy(SITE.resolve("llama3/snapshots/2025-01-26.yaml"), OLD_MODEL_LINEAGE);
        Snapshot s = read(file);
        assertNull(s.lineage(), "only model-card keys: no fork lineage");
        assertEquals(new ModelLineage(List.of("meta-llama/Meta-Llama-3-8B", "<b>base</b>"), "finetune",
                List.of("HuggingFaceH4/ultrachat_200k")), s.modelLineage());
        assertNothingLost(file, s);
    }

    @Test
    void anOldForkSnapshotKeepsEveryFigure() throws Exception {
        Path file = copy(SITE.resolve("valkey/snapshots/2024-10-25.yaml"), "");
        Snapshot s = read(file);
        LineageFacts l = s.lineage();
        assertNotNull(l);
        assertEquals("redis", l.upstream());
        assertEquals("e64d91c37105bc2e23816b6f81b9ffc5e5d99801", l.forkPoint().commit());
        assertEquals(566, l.ahead());
        assertEquals(162, l.behind());
        assertEquals("BSD-3-Clause", l.licenseAtFork());
        assertNull(s.modelLineage());
        assertNothingLost(file, s);
    }

    @Test
    void aForkWithOldModelKeysSplitsInTwo() throws Exception {
        Path file = copy(SITE.resolve("valkey/snapshots/2024-10-25.yaml"), "");
        String text = Files.readString(file).replace("lineage:\n  upstream: redis\n",
                "lineage:\n  upstream: redis\n  base_models:\n    - a/b\n");
        Files.writeString(file, text);
        Snapshot s = read(file);
        assertEquals("redis", s.lineage().upstream());
        assertEquals(List.of("a/b"), s.modelLineage().baseModels());
        assertNothingLost(file, s);
    }

    @Test
    void bothPlacesAtOnceIsRefusedNamingTheFile() throws Exception {
        Path file = copy(SITE.resolve("llama3/snapshots/2025-01-26.yaml"),
                OLD_MODEL_LINEAGE + "model_lineage:\n  base_model_relation: merge\n");
        DataException e = assertThrows(DataException.class, () -> read(file));
        assertTrue(e.getMessage().startsWith("s.yaml:") && e.getMessage().contains(": lineage holds base_models")
                && !e.getMessage().contains("Cannot construct"), e.getMessage());
    }

    @Test
    void writtenAgainTheModelLineageHasItsOwnKey() throws Exception {
        Snapshot s = read(copy(SITE.resolve("llama3/snapshots/2025-01-26.yaml"), OLD_MODEL_LINEAGE));
        String text = YamlCodec.write(FileKind.SNAPSHOT, s);
        assertTrue(text.contains("\nmodel_lineage:\n  base_models:"), text);
        assertTrue(!text.contains("\nlineage:"), text);
        Path again = dir.resolve("again.yaml");
        Files.writeString(again, text);
        assertEquals(s, read(again));
    }

    private Path copy(Path source, String appended) throws Exception {
        String text = Files.readString(source);
        assertTrue(appended.isEmpty() || !text.contains("\nlineage:"), source + " already has a lineage");
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, text + appended);
        return file;
    }

    private static Snapshot read(Path file) throws DataException {
        return YamlCodec.read(file, file.getFileName().toString(), FileKind.SNAPSHOT, Snapshot.class);
    }

    /**
     * The file's tree, the model-card keys moved from {@code lineage} to {@code model_lineage}, equals
     * the tree of the snapshot written again: no value was dropped or changed.
     */
    private static void assertNothingLost(Path file, Snapshot s) throws Exception {
        YAMLMapper yaml = new YAMLMapper();
        ObjectNode old = (ObjectNode) yaml.readTree(file.toFile());
        ObjectNode lineage = (ObjectNode) old.get("lineage");
        ObjectNode model = yaml.createObjectNode();
        for (String key : List.of("base_models", "base_model_relation", "datasets")) {
            JsonNode v = lineage.remove(key);
            if (v != null) {
                model.set(key, v);
            }
        }
        if (lineage.isEmpty()) {
            old.remove("lineage");
        }
        if (!model.isEmpty()) {
            old.set("model_lineage", model);
        }
        JsonNode written = yaml.readTree(YamlCodec.write(FileKind.SNAPSHOT, s));
        assertEquals(old, written);
    }
}
