package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.levermap.model.testing.Samples.day;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.model.ApiEvidence;
import org.levermap.model.HubFacts;

class HubChangesTest {

    private static HubFacts hub(HubFacts.HubCommit... commits) {
        return new HubFacts("o/m", "o", null, null, null, null, null, null, List.of(commits),
                new ApiEvidence("https://huggingface.co/api/models/o/m", null, day("2026-11-27")), null);
    }

    private static HubFacts.HubCommit commit(String id, String date, String title, String author) {
        return new HubFacts.HubCommit(id, date == null ? null : day(date), title, List.of(author));
    }

    @Test
    void theNewestCommitNamingTheWeightsOrTheLicenseIsTheLastChange() {
        HubFacts h = hub(commit("c", "2024-06-01", "Upload model-00001-of-00002.safetensors", "alice"),
                commit("b", "2024-05-01", "Update README.md", "bob"),
                commit("a", "2024-04-01", "Change LICENSE to <i>other</i>", "carol"),
                commit("z", "2023-01-01", "Upload pytorch_model.bin", "dave"));
        assertEquals("c", HubChanges.lastWeights(h).orElseThrow().id());
        assertEquals(List.of("alice"), HubChanges.lastWeights(h).orElseThrow().authors());
        assertEquals("a", HubChanges.lastLicense(h).orElseThrow().id());
    }

    @Test
    void aTitleNamingNeitherOrACommitWithoutDateIsNeverCounted() {
        HubFacts h = hub(commit("a", "2024-04-01", "Update README.md", "bob"),
                commit("b", null, "Upload weights", "eve"), commit("c", "2024-03-01", "binary search fix", "x"));
        assertTrue(HubChanges.lastWeights(h).isEmpty());
        assertTrue(HubChanges.lastLicense(h).isEmpty());
        assertTrue(HubChanges.lastWeights(null).isEmpty());
    }
}
