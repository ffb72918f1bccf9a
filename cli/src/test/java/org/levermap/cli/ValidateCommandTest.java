package org.levermap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path tmp;

    @Test
    void aFreshRepositoryIsValid() {
        Path dir = tmp.resolve("r");
        assertEquals(0, Run.of("init", dir.toString()).exitCode());
        Run run = Run.of("validate", dir.toString());
        assertEquals(0, run.exitCode(), run.out());
        assertEquals(dir + ": valid (1 project, 0 snapshots, 2 actors, 0 alliances)\n", run.out());
    }

    @Test
    void warnsOfADomainAnOrganisationsPeopleUseButItDoesNotListAndStaysValid() throws Exception {
        Path dir = tmp.resolve("r");
        assertEquals(0, Run.of("init", dir.toString()).exitCode());
        Files.writeString(dir.resolve("actors/ann.yaml"), "id: ann\nname: Ann Example\nkind: person\n"
                + "affiliations:\n  - actor: meta\n    since: 2020-01-01\n    source: https://example.org/ann\n");
        Files.createDirectories(dir.resolve("projects/pytorch/snapshots"));
        Files.writeString(dir.resolve("projects/pytorch/snapshots/2024-06-30.yaml"), "project: pytorch\ndate: 2024-06-30\n"
                + "provenance:\n  tool: test\ncontribution:\n  concentration:\n    from: 2023-07-02\n    to: 2024-06-30\n"
                + "    commits: 3\n    identities:\n      - identity: ann@meta.ai\n        name: Ann Example\n"
                + "        commits: 3\n");
        Run run = Run.of("validate", dir.toString());
        assertEquals(0, run.exitCode(), run.out());
        assertTrue(run.out().contains(dir + "/actors/meta.yaml: warning: ann, affiliated with meta, commits from meta.ai"),
                run.out());
    }

    @Test
    void controlCharactersFromTheDataNeverReachTheTerminalRaw() throws Exception {
        Path dir = tmp.resolve("r");
        assertEquals(0, Run.of("init", dir.toString()).exitCode());
        Path project = dir.resolve("projects/pytorch/project.yaml");
        // An unknown key holding an escape sequence that would retitle the terminal and clear the screen.
        Files.writeString(project, Files.readString(project) + "\"x\\e]0;pwned\\a\\e[2J\\u009b1m\": 1\n");
        Run run = Run.of("validate", dir.toString());
        assertEquals(1, run.exitCode());
        String all = run.out() + run.err();
        assertTrue(all.contains("x\\x1b]0;pwned\\x07\\x1b[2J\\u009b1m"), all);
        assertTrue(all.chars().noneMatch(c -> c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f), all);
    }

    @Test
    void reportsAMisspeltKeyADanglingActorAndABadDateWithTheirLocations() throws Exception {
        Path dir = tmp.resolve("r");
        assertEquals(0, Run.of("init", dir.toString()).exitCode());
        Path project = dir.resolve("projects/pytorch/project.yaml");
        String text = Files.readString(project)
                .replace("\nname: PyTorch", "\nnmae: PyTorch")
                .replace("holder: linux-foundation", "holder: linux-fundation")
                .replace("date: 2022-09-12", "date: 2022-09-31");
        Files.writeString(project, text);
        String[] lines = text.split("\n", -1);
        int nameLine = indexOf(lines, "nmae:");
        int holderLine = indexOf(lines, "holder: linux-fundation");
        int dateLine = indexOf(lines, "date: 2022-09-31");

        Run run = Run.of("validate", dir.toString());
        assertEquals(1, run.exitCode());
        String file = dir + "/projects/pytorch/project.yaml";
        assertEquals(file + ":" + nameLine + ":1: unknown key 'nmae' (did you mean 'name'?)\n"
                + file + ":" + holderLine + ":15: unknown actor 'linux-fundation' (did you mean 'linux-foundation'?):"
                + " no actors/<id>.yaml file defines it\n"
                + file + ":" + dateLine + ":11: 'date': '2022-09-31' is not a date: September 2022 has 30 days\n"
                + "3 problems in 1 file\n", run.out());
    }

    @Test
    void aFolderThatIsNotARepositoryIsAProblemNotACrash() {
        Run run = Run.of("validate", tmp.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("is not a levermap data repository"), run.out());
        assertTrue(run.err().isEmpty(), run.err());
    }

    private static int indexOf(String[] lines, String needle) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle);
    }
}
