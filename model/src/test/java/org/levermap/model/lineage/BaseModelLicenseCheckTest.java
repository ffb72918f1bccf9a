package org.levermap.model.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.levermap.model.LicenseFacts;
import org.levermap.model.LicenseFamily;
import org.levermap.model.ModelLineage;
import org.levermap.model.Project;
import org.levermap.model.ProjectKind;
import org.levermap.model.Provenance;
import org.levermap.model.SiteConfig;
import org.levermap.model.Snapshot;
import org.levermap.model.repo.DataRepository;

class BaseModelLicenseCheckTest {

    private static Project model(String id, String hubId) {
        return new Project(id, id, ProjectKind.MODEL, null, "https://huggingface.co/" + hubId, null, null, null, null, null);
    }

    private static Snapshot card(String project, String license, String... baseModels) {
        ModelLineage lineage = new ModelLineage(List.of(baseModels), baseModels.length > 0 ? "finetune" : null, null);
        return new Snapshot(project, LocalDate.of(2024, 9, 30), new Provenance("t", null, null, null, null, null, null),
                new LicenseFacts(license, LicenseFamily.RESPONSIBLE_AI, 1.0, null, null, null), null, null, null, null, lineage, null);
    }

    @Test
    void flagsAFineTuneWhoseLicenseDiffersFromItsBaseModel() {
        Map<String, Project> projects = new TreeMap<>(Map.of(
                "base", model("base", "meta-llama/Llama-3.1-8B"),
                "same", model("same", "someone/llama-tune"),
                "relicensed", model("relicensed", "someone-else/llama-mit"),
                "merge", model("merge", "merger/frankenmodel")));
        String llama = "LicenseRef-scancode-llama-3.1-license-2024";
        Map<String, List<Snapshot>> snapshots = new TreeMap<>(Map.of(
                "base", List.of(card("base", llama)),
                "same", List.of(card("same", llama, "meta-llama/Llama-3.1-8B")),
                "relicensed", List.of(card("relicensed", "MIT", "meta-llama/llama-3.1-8b")),
                "merge", List.of(card("merge", llama, "meta-llama/Llama-3.1-8B", "unknown/not-in-repo"))));
        DataRepository repo = new DataRepository(Path.of("."), new SiteConfig("t", null, null, null),
                new TreeMap<>(projects), new TreeMap<>(snapshots), new TreeMap<>(), new TreeMap<>());
        assertEquals(List.of(new LicenseMismatch("relicensed", "MIT", LocalDate.of(2024, 9, 30), "base", llama,
                "meta-llama/llama-3.1-8b")), BaseModelLicenseCheck.check(repo));
        // The build passes the change log's newest snapshots (judged): the same mismatches.
        assertEquals(BaseModelLicenseCheck.check(repo),
                BaseModelLicenseCheck.check(repo, org.levermap.model.change.ChangeLog.of(repo)::latestSnapshot));
    }

    @Test
    void readsHubIdsFromRepositoryUrls() {
        assertEquals(Optional.of("org/name"), BaseModelLicenseCheck.hubId("https://huggingface.co/org/name/"));
        assertEquals(Optional.of("org/name"), BaseModelLicenseCheck.hubId("https://huggingface.co/org/name.git"));
        assertEquals(Optional.empty(), BaseModelLicenseCheck.hubId("https://github.com/org/name"));
        assertEquals(Optional.empty(), BaseModelLicenseCheck.hubId("https://huggingface.co/datasets/x/y/z"));
    }
}
