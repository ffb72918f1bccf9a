package org.levermap.model.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.model.LicenseFamily;
import org.levermap.model.repo.DataRepository;
import org.levermap.model.repo.SnapshotWriter;
import org.levermap.model.testing.Samples;

class ReassessedTest {

    @TempDir
    Path root;

    @Test
    void derivesEachAssessmentAgainAsTheLogFirstDidAndKeepsTheLatest() throws Exception {
        Files.writeString(root.resolve("levermap.yaml"), "title: T\n");
        Files.createDirectories(root.resolve("projects/alpha"));
        Files.writeString(root.resolve("projects/alpha/project.yaml"), "id: alpha\nname: alpha\n");
        SnapshotWriter.write(root, Samples.snapshot("alpha", "2024-01-31").license("MIT", LicenseFamily.PERMISSIVE)
                .concentration(3).build(), false);
        SnapshotWriter.write(root, Samples.snapshot("alpha", "2024-02-29").license("BUSL-1.1",
                LicenseFamily.SOURCE_AVAILABLE).concentration(1).build(), false);
        // A streamed log reads a project's whole history again for its pages, deriving its assessments then.
        DataRepository repo = DataRepository.loadStreamed(root, new java.util.HashMap<>());
        ProjectHistory history = ChangeLog.of(repo).history("alpha");

        Reassessed reassessed = (Reassessed) history.assessments();
        assertEquals(2, reassessed.size());
        assertSame(history.latest(), reassessed.get(1), "the latest is kept, not derived again");
        for (int i = 0; i < reassessed.size(); i++) {
            assertEquals(reassessed.get(i), history.assessments().get(i), "the same assessment each time it is read");
        }
        assertEquals(LicenseFamily.PERMISSIVE, reassessed.get(0).licenseFamily());
        assertEquals(LicenseFamily.SOURCE_AVAILABLE, reassessed.get(1).licenseFamily());
        assertEquals(history.assessmentOf(Samples.day("2024-01-31")), reassessed.get(0));
        assertThrows(IndexOutOfBoundsException.class, () -> reassessed.get(2));
        assertThrows(UnsupportedOperationException.class, () -> reassessed.add(reassessed.get(0)));
    }
}
