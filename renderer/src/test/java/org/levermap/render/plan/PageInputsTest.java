package org.levermap.render.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.model.change.ChangeLog;
import org.levermap.model.repo.DataRepository;

class PageInputsTest {

    @TempDir
    Path root;
    DataRepository repo;
    ChangeLog log;
    Map<String, String> digests;

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @BeforeEach
    void repository() throws Exception {
        write("levermap.yaml", "title: T\n");
        write("actors/acme.yaml", "id: acme\nname: Acme\nkind: company\n");
        write("projects/up/project.yaml", "id: up\nname: Up\n");
        write("projects/fork/project.yaml", "id: fork\nname: Fork\nupstream: up\n");
        write("projects/fork-of-fork/project.yaml", "id: fork-of-fork\nname: Fork of fork\nupstream: fork\n");
        write("projects/alone/project.yaml", "id: alone\nname: Alone\n");
        for (String id : List.of("up", "fork", "fork-of-fork", "alone")) {
            write("projects/" + id + "/snapshots/2024-01-31.yaml", "project: " + id
                    + "\ndate: 2024-01-31\nprovenance:\n  tool: t\n");
        }
        digests = new HashMap<>();
        repo = DataRepository.loadCached(root, digests);
        log = ChangeLog.of(repo);
    }

    @Test
    void aForkFamilyIsEveryProjectJoinedByAnUpstreamNamedByItsSmallestId() {
        assertEquals(Map.of("up", "fork", "fork", "fork", "fork-of-fork", "fork", "alone", "alone"),
                PageInputs.families(repo, ChangeLog.of(repo)));
    }

    @Test
    void everyFileReadHasADigest() {
        assertEquals(10, digests.size());
    }

    @Test
    void aChangedSnapshotChangesTheKeyOfItsFamilyOnly() {
        PageInputs before = PageInputs.of(repo, log, digests, "site");
        digests.put("projects/fork-of-fork/snapshots/2024-01-31.yaml", "changed");
        PageInputs after = PageInputs.of(repo, log, digests, "site");
        assertEquals(before.keyOf("alone"), after.keyOf("alone"));
        for (String id : List.of("up", "fork", "fork-of-fork")) {
            assertNotEquals(before.keyOf(id), after.keyOf(id), id);
        }
        assertEquals(after.keyOf("up"), after.keyOf("fork-of-fork"));
        assertNull(after.keyOf("nobody"));
    }

    @Test
    void aChangedActorProjectFileOrSiteChangesEveryKey() {
        PageInputs before = PageInputs.of(repo, log, digests, "site");
        Map<String, String> actor = new HashMap<>(digests);
        actor.put("actors/acme.yaml", "changed");
        Map<String, String> project = new HashMap<>(digests);
        project.put("projects/up/project.yaml", "changed");
        for (PageInputs after : List.of(PageInputs.of(repo, log, actor, "site"), PageInputs.of(repo, log, project, "site"),
                PageInputs.of(repo, log, digests, "another theme"))) {
            assertNotEquals(before.keyOf("alone"), after.keyOf("alone"));
            assertNotEquals(before.keyOf("up"), after.keyOf("up"));
        }
        assertEquals(before.keyOf("alone"), PageInputs.of(repo, log, digests, "site").keyOf("alone"));
    }

    @Test
    void theThemeDigestFollowsContentAndPath() throws Exception {
        String none = PageInputs.folderDigest(root, List.of("templates", "static"));
        write("templates/x.ftlh", "a");
        String one = PageInputs.folderDigest(root, List.of("templates", "static"));
        write("templates/x.ftlh", "b");
        String two = PageInputs.folderDigest(root, List.of("templates", "static"));
        assertNotEquals(none, one);
        assertNotEquals(one, two);
    }
}
