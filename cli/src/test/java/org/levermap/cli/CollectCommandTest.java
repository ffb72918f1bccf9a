package org.levermap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.Map;

class CollectCommandTest {

    @TempDir
    Path tmp;

    Path data;

    @BeforeEach
    void dataRepositoryWithOneProject() throws Exception {
        data = tmp.resolve("data");
        assertEquals(0, Run.of("init", data.toString()).exitCode());
        try (Stream<Path> files = Files.walk(data.resolve("projects/pytorch"))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (DemoRepository repo = DemoRepository.init(tmp.resolve("repos/demo"))) {
            repo.commit("2023-01-10", "init", Map.of("LICENSE", DemoRepository.license("Apache-2.0")))
                    .commit("2023-03-10", "work", Map.of("a", "1"));
        }
        project("demo", "../repos/demo");
    }

    /** {@code levermap collect -C data --cache-dir tmp/cache ARGS}: tests never touch the user's cache. */
    private Run collect(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "collect";
        all[1] = "-C";
        all[2] = data.toString();
        all[3] = "--cache-dir";
        all[4] = tmp.resolve("cache").toString();
        System.arraycopy(args, 0, all, 5, args.length);
        return Run.of(all);
    }

    private void project(String id, String repository) throws Exception {
        Files.createDirectories(data.resolve("projects/" + id));
        Files.writeString(data.resolve("projects/" + id + "/project.yaml"),
                "id: " + id + "\nname: " + id + "\nrepository: " + repository + "\n");
    }

    @Test
    void writesTheSnapshotOfADateAndItValidates() {
        Run run = collect("demo", "--as-of", "2023-06-30");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("demo: wrote \\Q" + data + "\\E/projects/demo/snapshots/2023-06-30\\.yaml"
                + " \\(main at [0-9a-f]{12}, 2023-03-10; license Apache-2.0, 1 author in the last year\\)\n"), run.out());
        assertTrue(Files.exists(data.resolve("projects/demo/snapshots/2023-06-30.yaml")));
        Run validate = Run.of("validate", data.toString());
        assertEquals(0, validate.exitCode(), validate.out());
    }

    @Test
    void anExistingSnapshotIsKeptUnlessForced() throws Exception {
        assertEquals(0, collect("demo", "--as-of", "2023-06-30").exitCode());
        Path file = data.resolve("projects/demo/snapshots/2023-06-30.yaml");
        Files.writeString(file, Files.readString(file).replace("tool: ", "tool: edited "));

        Run again = collect("demo", "--as-of", "2023-06-30");
        assertEquals(1, again.exitCode());
        assertEquals("levermap: " + data + "/projects/demo/snapshots/2023-06-30.yaml exists already; snapshots are never"
                + " rewritten (use --force to replace it)\n", again.err());
        assertTrue(Files.readString(file).contains("tool: edited"));

        assertEquals(0, collect("demo", "--as-of", "2023-06-30", "--force").exitCode());
        assertFalse(Files.readString(file).contains("tool: edited"));
    }

    @Test
    void aBackfillWritesEachPeriodEndOnceAndSkipsDatesBeforeTheFirstCommit() {
        Run run = collect("demo", "--history", "monthly", "--since", "2022-12",
                "--as-of", "2023-04-15");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("demo: wrote 3 snapshots, 2023-01-31 to 2023-03-31 (main, 2 commits read)\n", run.out());
        assertTrue(run.err().contains("levermap: demo: no snapshot for 2022-12-31: before the first commit of main (2023-01-10)"),
                run.err());

        Run again = collect("demo", "--history", "quarterly", "--since", "2023-01",
                "--as-of", "2023-06-30");
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().startsWith("demo: wrote " + data + "/projects/demo/snapshots/2023-06-30.yaml"), again.out());

        Run nothing = collect("demo", "--history", "monthly", "--since", "2023-01",
                "--as-of", "2023-03-31");
        assertEquals("demo: every snapshot exists already (3); nothing to do\n", nothing.out());
    }

    @Test
    void datesPastTheNewestCommitAreSaidAndNotCopied() {
        Run run = collect("demo", "--history", "monthly", "--since", "2023-01", "--as-of", "2023-06-30");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("demo: wrote 3 snapshots, 2023-01-31 to 2023-03-31 (main, 2 commits read)\n", run.out());
        assertTrue(run.err().contains("levermap: warning: demo: 2023-03-31 is after the newest commit of main (2023-03-10)"),
                run.err());
        for (String date : new String[] {"2023-04-30", "2023-05-31", "2023-06-30"}) {
            assertTrue(run.err().contains("levermap: demo: no snapshot for " + date + ": after the newest commit of main"
                    + " (2023-03-10); it would repeat the snapshot of 2023-03-31"), run.err());
            assertFalse(Files.exists(data.resolve("projects/demo/snapshots/" + date + ".yaml")), date);
        }

        Run one = collect("demo", "--as-of", "2023-09-30");
        assertEquals(0, one.exitCode(), one.err());
        assertTrue(one.err().contains("warning: demo: 2023-09-30 is after the newest commit of main (2023-03-10)"), one.err());
    }

    @Test
    void repositoryProblemsAreReportedPerProjectAndTheOthersStillCollected() throws Exception {
        Git.init().setBare(true).setDirectory(tmp.resolve("repos/empty.git").toFile()).call().close();
        project("empty", "../repos/empty.git");
        project("nothing", "../repos/none");

        Run run = collect("--all", "--as-of", "2023-06-30");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("levermap: empty: ../repos/empty.git: the repository is empty (it has no commits yet)"),
                run.err());
        assertTrue(run.err().contains("levermap: nothing: ../repos/none: no such folder"), run.err());
        assertTrue(Files.exists(data.resolve("projects/demo/snapshots/2023-06-30.yaml")));
        assertFalse(Files.exists(data.resolve("projects/empty/snapshots")));

        Run again = collect("--all", "--as-of", "2023-06-30");
        assertTrue(again.out().contains("demo: the snapshot of 2023-06-30 exists already; kept\n"), again.out());
    }

    @Test
    void aShallowCloneIsSaidOnTheTerminal() throws Exception {
        try (Git git = Git.cloneRepository().setURI(tmp.resolve("repos/demo").toUri().toString()).setBare(true)
                .setDepth(1).setDirectory(tmp.resolve("repos/shallow.git").toFile()).call()) {
            project("shallow", "../repos/shallow.git");
        }
        Run run = collect("shallow", "--as-of", "2023-06-30");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("levermap: warning: shallow: history is incomplete: ../repos/shallow.git is a shallow clone"),
                run.err());
        assertTrue(Files.readString(data.resolve("projects/shallow/snapshots/2023-06-30.yaml")).contains("shallow: true"));
    }

    @Test
    void mistakesOnTheCommandLine() {
        Run none = collect();
        assertEquals(2, none.exitCode());
        assertTrue(none.err().startsWith("levermap: which projects? Give their ids, or --all"), none.err());
        Run noSuchDay = collect("demo", "--as-of", "2023-02-30");
        assertEquals(2, noSuchDay.exitCode());
        assertTrue(noSuchDay.err().startsWith("levermap: --as-of '2023-02-30' is not a date: February 2023 has 28 days\n"),
                noSuchDay.err());
        assertEquals(2, collect("demo", "--since", "2023-01").exitCode());
        assertEquals(2, collect("demo", "--history", "weekly", "--since", "2023-01").exitCode());
        assertEquals(2, collect("demo", "--as-of", "2999-01-01").exitCode());

        Run unknown = collect("dmeo", "--as-of", "2023-06-30");
        assertEquals(1, unknown.exitCode());
        assertEquals("levermap: unknown project 'dmeo' (did you mean 'demo'?): no projects/dmeo/project.yaml in " + data + "\n",
                unknown.err());
    }

    @Test
    void helpShowsExamples() {
        Run help = Run.of("collect", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("Examples:"), help.out());
        assertTrue(help.out().contains("--history monthly --since 2021-01"), help.out());
    }
}
