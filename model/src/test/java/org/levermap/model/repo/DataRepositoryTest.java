package org.levermap.model.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataRepositoryTest {

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        new RepositoryFiles(root).write(path, text);
    }

    @BeforeEach
    void validRepository() throws IOException {
        write("levermap.yaml", "title: Test report\nbase_url: https://example.org/\n");
        write("actors/acme.yaml", "id: acme\nname: Acme\nkind: company\nemail_domains: [acme.com]\n");
        write("actors/megacorp.yaml", "id: megacorp\nname: Megacorp\nkind: company\n");
        write("projects/widget/project.yaml", """
                id: widget
                name: Widget
                repository: https://example.org/widget.git
                levers:
                  brand:
                    - holder: acme
                      since: 2020-01-01
                      source: https://example.org/brand
                """);
        write("projects/widget-fork/project.yaml", "id: widget-fork\nname: Widget fork\nupstream: widget\n");
        write("projects/widget/snapshots/2024-01-31.yaml", "project: widget\ndate: 2024-01-31\nprovenance:\n  tool: t\n");
        write("projects/widget/snapshots/2023-12-31.yaml", "project: widget\ndate: 2023-12-31\nprovenance:\n  tool: t\n");
        write("alliances/club.yaml", """
                id: club
                name: The Club
                members:
                  - actor: acme
                    joined: 2023-12-05
                    source: https://example.org/club
                  - project: widget
                    source: https://example.org/club
                """);
    }

    private List<String> problems() {
        return new RepositoryFiles(root).problems();
    }

    @Test
    void withoutSnapshotsReadsEverythingButTheSnapshotsAndChecksWhatItReads() throws Exception {
        // A broken snapshot does not stop a command that reads none (collect); the rest is the same as a load.
        write("projects/widget/snapshots/2024-02-29.yaml", "project: widget\ndate: 2024-02-29\nprovenace:\n  tool: t\n");
        DataRepository repo = DataRepository.loadWithoutSnapshots(root);
        assertEquals(List.of("widget", "widget-fork"), List.copyOf(repo.projects().keySet()));
        assertEquals(List.of(), repo.snapshotsOf("widget"));
        assertEquals(List.of("acme", "megacorp"), List.copyOf(repo.actors().keySet()));
        assertEquals(List.of("club"), List.copyOf(repo.alliances().keySet()));
        Files.delete(root.resolve("projects/widget/snapshots/2024-02-29.yaml"));
        DataRepository whole = DataRepository.load(root);
        assertEquals(whole.projects(), repo.projects());
        assertEquals(whole.actors(), repo.actors());
        assertEquals(whole.alliances(), repo.alliances());
        assertEquals(whole.config(), repo.config());
        // A problem in a file it reads is reported as a load reports it.
        write("actors/megacorp.yaml", "id: megacorp\nname: Megacorp\nkind: compny\n");
        DataException e = org.junit.jupiter.api.Assertions.assertThrows(DataException.class,
                () -> DataRepository.loadWithoutSnapshots(root));
        assertEquals(problems(), e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void loadsAValidRepository() throws Exception {
        DataRepository repo = DataRepository.load(root);
        assertEquals("Test report", repo.config().title());
        assertEquals(List.of("widget", "widget-fork"), List.copyOf(repo.projects().keySet()));
        assertEquals(List.of(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 31)),
                repo.snapshotsOf("widget").stream().map(s -> s.date()).toList());
        assertEquals(List.of(), repo.snapshotsOf("widget-fork"));
        assertEquals("acme", repo.projects().get("widget").levers().brand().get(0).holder());
        assertEquals(2, repo.alliances().get("club").members().size());
    }

    @Test
    void reportsAllProblemsOfAllFilesAtOnce() throws IOException {
        write("projects/widget/project.yaml", """
                id: widget
                name: Widget
                levers:
                  brand:
                    - holder: acmee
                      sinse: 2020-01-01
                      source: https://example.org/brand
                """);
        write("actors/acme.yaml", "id: acme\nname: Acme\nkind: company\nparents:\n  - actor: megacorp\n    since: 2020-02-30\n"
                + "    source: https://example.org/p\n");
        write("alliances/club.yaml", "id: klub\nname: The Club\nmembers:\n  - actor: acme\n    project: widget\n"
                + "    source: https://example.org/c\n");
        write("projects/widget-fork/project.yaml", "id: widget-fork\nname: Widget fork\nupstream: widgte\n");
        write("projects/widget/snapshots/2024-01-31.yaml", "project: widget\ndate: 2024-02-01\nprovenance:\n  tool: t\n"
                + "contribution:\n  concentration:\n    from: 2023-01-01\n    to: 2024-01-01\n    commits: 3\n"
                + "    top_authors:\n      - identity: a\n        commits: 3\n        share: 1.5\n");
        assertEquals(List.of(
                "actors/acme.yaml:6:12: 'since': '2020-02-30' is not a date: February 2020 has 29 days",
                "alliances/club.yaml:1:5: id 'klub' does not match the file name 'club'",
                "alliances/club.yaml:4:5: a member is either an 'actor' or a 'project': give exactly one",
                "projects/widget-fork/project.yaml:3:11: unknown project 'widgte' (did you mean 'widget'?):"
                        + " no projects/<id>/project.yaml file defines it",
                "projects/widget/project.yaml:5:15: unknown actor 'acmee' (did you mean 'acme'?):"
                        + " no actors/<id>.yaml file defines it",
                "projects/widget/project.yaml:6:7: unknown key 'sinse' (did you mean 'since'?)",
                "projects/widget/snapshots/2024-01-31.yaml:2:7: date 2024-02-01 does not match the file name 2024-01-31.yaml",
                "projects/widget/snapshots/2024-01-31.yaml:13:16: 'share' is a share and must be between 0 and 1, found 1.5"),
                problems());
    }

    @Test
    void curatedFactsNeedASource() throws IOException {
        write("projects/widget/project.yaml", "id: widget\nname: Widget\nlevers:\n  funding:\n    - holder: acme\n"
                + "      note: trust me\n");
        assertEquals(List.of("projects/widget/project.yaml:5:7: missing required key 'source'"), problems());
    }

    @Test
    void reportsMisplacedAndMisnamedFiles() throws IOException {
        write("actors/Bad Name.yaml", "id: x\n");
        write("actors/other.yml", "id: other\n");
        write("projects/no-project-file/README.md", "hello\n");
        write("projects/widget/snapshots/latest.yaml", "project: widget\n");
        assertEquals(List.of(
                "actors/Bad Name.yaml: file name 'Bad Name' is not a valid id (lower-case letters, digits and hyphens, at most 63)",
                "actors/other.yml: levermap reads only .yaml files: rename it to other.yaml",
                "projects/no-project-file: has no project.yaml",
                "projects/widget/snapshots/latest.yaml: a snapshot file is named by its date: YYYY-MM-DD.yaml"),
                problems());
    }

    @Test
    void aFolderWithoutConfigIsNotARepository() throws IOException {
        Files.delete(root.resolve("levermap.yaml"));
        List<String> found = problems();
        assertEquals(1, found.size());
        assertEquals(true, found.get(0).endsWith("is not a levermap data repository: it has no levermap.yaml"
                + " (run 'levermap init DIR' to make one)"), found.get(0));
    }
}
