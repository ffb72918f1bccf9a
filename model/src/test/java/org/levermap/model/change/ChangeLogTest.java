package org.levermap.model.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.model.LicenseFamily;
import org.levermap.model.repo.DataRepository;
import org.levermap.model.repo.SnapshotWriter;
import org.levermap.model.testing.Samples;

class ChangeLogTest {

    @TempDir
    Path root;

    @Test
    void assessesEverySnapshotAndListsChangesNewestFirst() throws Exception {
        Files.writeString(root.resolve("levermap.yaml"), "title: T\n");
        for (String id : List.of("alpha", "beta")) {
            Files.createDirectories(root.resolve("projects/" + id));
            Files.writeString(root.resolve("projects/" + id + "/project.yaml"), "id: " + id + "\nname: " + id + "\n");
        }
        SnapshotWriter.write(root, Samples.snapshot("alpha", "2024-01-31").license("MIT", LicenseFamily.PERMISSIVE)
                .build(), false);
        SnapshotWriter.write(root, Samples.snapshot("alpha", "2024-02-29").license("BUSL-1.1",
                LicenseFamily.SOURCE_AVAILABLE).build(), false);
        SnapshotWriter.write(root, Samples.snapshot("alpha", "2024-03-31").license("BUSL-1.1",
                LicenseFamily.SOURCE_AVAILABLE).terms(true, null).build(), false);
        SnapshotWriter.write(root, Samples.snapshot("alpha", "2024-04-30").license("BUSL-1.1",
                LicenseFamily.SOURCE_AVAILABLE).terms(false, null).build(), false);
        SnapshotWriter.write(root, Samples.snapshot("beta", "2024-01-31").concentration(3).build(), false);
        SnapshotWriter.write(root, Samples.snapshot("beta", "2024-03-31").concentration(1).build(), false);

        ChangeLog log = ChangeLog.of(DataRepository.load(root));
        ProjectHistory alpha = log.history("alpha");
        assertEquals(4, alpha.assessments().size());
        assertEquals(List.of(ChangeKind.CLA, ChangeKind.LICENSE), alpha.changes().stream().map(Change::kind).toList(),
                "March's CLA is no change (February did not observe the terms); April's CLA going is one");
        assertEquals(List.of("2024-04-30", "2024-03-31", "2024-02-29"),
                log.all().stream().map(c -> c.date().toString()).toList());
        assertEquals(List.of("alpha", "beta", "alpha"), log.all().stream().map(Change::project).toList());
        assertEquals(1, alpha.summary().changesOn(Samples.day("2024-02-29")).size());
        assertEquals(2, alpha.indexOf(Samples.day("2024-03-31")));
        assertTrue(log.history("beta").latest().flags().contains(org.levermap.model.assess.Flag.BUS_FACTOR_ONE));
    }
}
