package org.levermap.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.levermap.collect.testing.TestRepo.at;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.collect.testing.Catalog;
import org.levermap.collect.testing.TestRepo;
import org.levermap.model.Snapshot;

/** A model repository whose README.md front matter is its Hugging Face model card. */
class ModelCardCollectionTest {

    @TempDir
    Path tmp;

    private static final TestRepo.Person ANN = new TestRepo.Person("Ann", "ann@example.org");

    private Snapshot collect(String readme, String date) throws Exception {
        Path dir = tmp.resolve("model.git");
        try (TestRepo repo = TestRepo.init(dir)) {
            repo.branch("main").write("README.md", readme).write("config.json", "{}").commit("card", at("2024-07-24"), ANN);
        }
        GitCollector collector = new GitCollector(tmp.resolve("cache"), true, Progress.NONE, Catalog.shared());
        return collector.collect(new CollectRequest("tune", dir.toString(), null, List.of(LocalDate.parse(date)), List.of(),
                "t", tmp)).snapshots().get(0);
    }

    @Test
    void aFineTunesCardGivesItsLicenseBaseModelsAndGating() throws Exception {
        Snapshot s = collect("""
                ---
                license: llama3.1
                base_model:
                - meta-llama/Llama-3.1-8B
                - meta-llama/Llama-3.1-8B-Instruct
                base_model_relation: merge
                datasets: [some/dataset]
                extra_gated_prompt: You agree to the license.
                extra_gated_fields:
                  Name: text
                ---
                # A merge
                """, "2024-07-31");
        assertEquals("LicenseRef-scancode-llama-3.1-license-2024", s.license().spdx());
        assertEquals("README.md", s.license().files().get(0).evidence().path());
        assertEquals(2, s.license().files().get(0).evidence().line());
        assertEquals(Boolean.TRUE, s.license().gated());
        assertEquals(List.of("Name"), s.license().gatingFields());
        assertEquals(List.of("meta-llama/Llama-3.1-8B", "meta-llama/Llama-3.1-8B-Instruct"), s.modelLineage().baseModels());
        assertEquals("merge", s.modelLineage().baseModelRelation());
        assertEquals(List.of("some/dataset"), s.modelLineage().datasets());
        assertNull(s.lineage(), "a model card gives no fork lineage");
    }

    @Test
    void aMalformedCardIsAWarningOfTheSnapshot() throws Exception {
        Snapshot s = collect("---\nlicense: mit\nbase_model: [unclosed\n---\n", "2024-07-31");
        assertTrue(s.provenance().warnings().get(0).startsWith("model card not read: README.md:"),
                s.provenance().warnings().toString());
        assertNull(s.lineage());
        assertEquals("none", s.license().spdx());
    }

    @Test
    void aReadmeWithoutFrontMatterIsNoCard() throws Exception {
        Snapshot s = collect("# Just code\n", "2024-07-31");
        assertNull(s.lineage());
        assertNull(s.license().gated());
    }
}
