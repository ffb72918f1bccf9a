package org.levermap.model.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files and folders reached through symbolic links: inside the repository they are read, outside refused unread. */
class SymlinkTest {

    @TempDir
    Path root;
    @TempDir
    Path outside;

    private void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @BeforeEach
    void repository() throws IOException {
        write(root.resolve("levermap.yaml"), "title: Test report\nbase_url: https://example.org/\n");
        write(root.resolve("projects/widget/project.yaml"), "id: widget\nname: Widget\n");
        write(outside.resolve("secret.txt"), "ghp_SECRETTOKEN1234567890\n");
        write(outside.resolve("evil/project.yaml"), "id: evil\nname: EVILNAME ghp_SECRETTOKEN\n");
    }

    private String problems() {
        return text(assertThrows(DataException.class, () -> DataRepository.load(root)));
    }

    private static String text(DataException e) {
        return String.join("\n", e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aFileLinkedOutsideTheRepositoryIsRefusedWithoutShowingItsContent() throws IOException {
        Files.createDirectories(root.resolve("actors"));
        Files.createSymbolicLink(root.resolve("actors/x.yaml"), outside.resolve("secret.txt"));
        String p = problems();
        assertTrue(p.contains("actors/x.yaml"), p);
        assertTrue(p.contains("symbolic link"), p);
        assertFalse(p.contains("ghp_"), p);
    }

    @Test
    void aSnapshotLinkedOutsideIsRefusedUnreadWhenStreamedToo() throws Exception {
        Files.createDirectories(root.resolve("projects/widget/snapshots"));
        Files.createSymbolicLink(root.resolve("projects/widget/snapshots/2024-01-31.yaml"), outside.resolve("secret.txt"));
        String p = problems();
        assertTrue(p.contains("projects/widget/snapshots/2024-01-31.yaml"), p);
        DataRepository streamed = DataRepository.loadStreamed(root, new java.util.HashMap<>());
        assertEquals(p, text(assertThrows(DataException.class, () -> streamed.store().load("widget"))));
        assertFalse(p.contains("ghp_"), p);
    }

    @Test
    void aProjectFileLinkedOutsideIsRefused() throws IOException {
        Files.delete(root.resolve("projects/widget/project.yaml"));
        Files.createSymbolicLink(root.resolve("projects/widget/project.yaml"), outside.resolve("secret.txt"));
        String p = problems();
        assertTrue(p.contains("projects/widget/project.yaml"), p);
        assertFalse(p.contains("ghp_"), p);
    }

    @Test
    void aProjectFolderLinkedOutsideIsRefusedAndNotBuilt() throws IOException {
        Files.createSymbolicLink(root.resolve("projects/evil"), outside.resolve("evil"));
        String p = problems();
        assertTrue(p.contains("projects/evil"), p);
        assertTrue(p.contains("outside the data repository"), p);
        assertFalse(p.contains("EVILNAME") || p.contains("ghp_"), p);
    }

    @Test
    void linksThatStayInsideTheRepositoryAreRead() throws Exception {
        write(root.resolve("shared/acme.yaml"), "id: acme\nname: Acme\nkind: company\n");
        Files.createDirectories(root.resolve("actors"));
        Files.createSymbolicLink(root.resolve("actors/acme.yaml"), Path.of("../shared/acme.yaml"));
        Files.move(root.resolve("projects/widget"), root.resolve("real-widget"));
        Files.createSymbolicLink(root.resolve("projects/widget"), Path.of("../real-widget"));
        DataRepository repo = DataRepository.load(root);
        assertEquals("Acme", repo.actors().get("acme").name());
        assertEquals(List.of("widget"), List.copyOf(repo.projects().keySet()));
    }
}
