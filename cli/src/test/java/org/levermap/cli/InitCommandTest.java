package org.levermap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.model.repo.DataRepository;
import org.levermap.model.repo.FileKind;

class InitCommandTest {

    @TempDir
    Path tmp;

    @Test
    void scaffoldsAValidDataRepository() throws Exception {
        Path dir = tmp.resolve("report");
        Run run = Run.of("init", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        for (String file : new String[] {"levermap.yaml", "projects/pytorch/project.yaml", "actors/linux-foundation.yaml",
                "alliances/README.md", ".gitignore", ".github/workflows/levermap.yml"}) {
            assertTrue(Files.isRegularFile(dir.resolve(file)), file);
        }
        for (FileKind kind : FileKind.values()) {
            assertTrue(Files.readString(dir.resolve("schema/" + kind.schemaFileName())).contains("\"$schema\""));
        }
        DataRepository repo = DataRepository.load(dir);
        var fact = repo.projects().get("pytorch").levers().legalEntity().get(0);
        assertEquals("linux-foundation", fact.holder());
        assertTrue(fact.source().startsWith("https://"));
        assertTrue(Files.readString(dir.resolve(".gitignore")).contains("_site/"));
        assertTrue(Files.readString(dir.resolve(".gitignore")).contains(".cache/"), "the build state is not committed");
        assertTrue(run.out().contains("then run: levermap validate -C " + dir), run.out());
        assertTrue(Files.readString(dir.resolve(".gitignore")).contains("._site.*/"), "a killed build's staging folder");
        assertTrue(Files.readString(dir.resolve("projects/pytorch/project.yaml"))
                .startsWith("# yaml-language-server: $schema=../../schema/project.schema.json\n"));
    }

    @Test
    void refusesANonEmptyFolderAndLosesNothing() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(dir.resolve("levermap.yaml"), "title: mine\n");
        Run refused = Run.of("init", dir.toString());
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains("is not empty"), refused.err());
        assertFalse(refused.err().contains("Exception"), refused.err());
        assertFalse(Files.exists(dir.resolve("projects")));

        Run forced = Run.of("init", "--force", dir.toString());
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(forced.out().contains("kept existing levermap.yaml"), forced.out());
        assertEquals("title: mine\n", Files.readString(dir.resolve("levermap.yaml")));
        assertTrue(Files.exists(dir.resolve("projects/pytorch/project.yaml")));
    }

    @Test
    void refusesAFile() throws Exception {
        Path file = Files.writeString(tmp.resolve("file"), "x");
        Run run = Run.of("init", file.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("exists and is not a folder"), run.err());
    }

    @Test
    void copiesTheDefaultThemeIntoANewOrAnExistingRepository() throws Exception {
        Path fresh = tmp.resolve("fresh");
        assertEquals(0, Run.of("init", "--theme", fresh.toString()).exitCode());
        assertTrue(Files.isRegularFile(fresh.resolve("templates/project.ftlh")));
        assertTrue(Files.isRegularFile(fresh.resolve("static/css/levermap.css")));
        assertTrue(Files.isRegularFile(fresh.resolve("levermap.yaml")));

        Path existing = tmp.resolve("existing");
        assertEquals(0, Run.of("init", existing.toString()).exitCode());
        Files.createDirectories(existing.resolve("static/css"));
        Files.writeString(existing.resolve("static/css/levermap.css"), "mine");
        Files.writeString(existing.resolve("projects/pytorch/project.yaml"), Files.readString(
                existing.resolve("projects/pytorch/project.yaml")).replace("PyTorch", "PyTorch (edited)"));
        Run run = Run.of("init", "--theme", existing.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("kept existing static/css/levermap.css"), run.out());
        assertEquals("mine", Files.readString(existing.resolve("static/css/levermap.css")));
        assertTrue(Files.readString(existing.resolve("projects/pytorch/project.yaml")).contains("(edited)"));
        assertTrue(Files.isRegularFile(existing.resolve("templates/_macros.ftlh")));
        assertEquals(0, Run.of("build", existing.toString()).exitCode(), "the copied theme builds");
        assertTrue(Files.readString(existing.resolve("_site/css/levermap.css")).equals("mine"));
    }

    @Test
    void theWorkflowUsesTheActionOfTheReleaseThatWroteItAndNothingElse() {
        String workflow = Scaffold.files("1.4.2", "someone/levermap").get(Scaffold.WORKFLOW);
        assertTrue(workflow.contains("uses: someone/levermap@v1.4.2\n"), workflow);
        assertTrue(workflow.contains("version: v1.4.2\n"), workflow);
        assertTrue(workflow.contains("actions/checkout@v5"), workflow);
        assertTrue(workflow.contains("actions/upload-pages-artifact@v4"), workflow);
        assertTrue(workflow.contains("actions/deploy-pages@v4"), workflow);
        for (String gone : new String[] {"mvn", "git clone", "vars.", "cache: maven", "setup-java", "%"}) {
            assertFalse(workflow.contains(gone), gone + " in " + workflow);
        }
        assertTrue(Scaffold.files("1.5.0-SNAPSHOT", "a/b").get(Scaffold.WORKFLOW).contains("uses: a/b@v1.5.0\n"));
    }

    @Test
    void theCollectWorkflowRunsOneShardPerMatrixJobWithTheRelease() {
        String workflow = Scaffold.collectWorkflow(3, "1.4.2", "someone/levermap");
        assertTrue(workflow.contains("        shard: [1, 2, 3]\n"), workflow);
        assertTrue(workflow.contains("shard: ${{ matrix.shard }}/3\n"), workflow);
        assertTrue(workflow.contains("key: levermap-cache-${{ matrix.shard }}-of-3-${{ github.run_id }}\n"), workflow);
        assertEquals(2, workflow.split("uses: someone/levermap@v1.4.2\n", -1).length - 1, workflow);
        for (String used : new String[] {"actions/cache@v5", "actions/upload-artifact@v7", "actions/download-artifact@v8",
            "actions/deploy-pages@v4", "path: ~/.cache/levermap\n", "actions/cache/restore@v5"}) {
            assertTrue(workflow.contains(used), used);
        }
        for (String gone : new String[] {"mvn", "git clone", "vars.", "setup-java", "%"}) {
            assertFalse(workflow.contains(gone), gone + " in " + workflow);
        }
    }

    @Test
    void addsTheCollectWorkflowToANewOrAnExistingRepository() throws Exception {
        Path fresh = tmp.resolve("fresh");
        assertEquals(0, Run.of("init", "--shards", "4", fresh.toString()).exitCode());
        assertTrue(Files.readString(fresh.resolve(Scaffold.COLLECT_WORKFLOW)).contains("shard: [1, 2, 3, 4]"));
        assertTrue(Files.isRegularFile(fresh.resolve(Scaffold.WORKFLOW)));

        Path existing = tmp.resolve("existing");
        assertEquals(0, Run.of("init", existing.toString()).exitCode());
        assertFalse(Files.exists(existing.resolve(Scaffold.COLLECT_WORKFLOW)), "only on request");
        Files.writeString(existing.resolve("levermap.yaml"), "title: mine\n");
        Run added = Run.of("init", "--shards", "2", existing.toString());
        assertEquals(0, added.exitCode(), added.err());
        assertTrue(added.out().contains("every project collected monthly in 2 parallel jobs"), added.out());
        assertTrue(Files.readString(existing.resolve(Scaffold.COLLECT_WORKFLOW)).contains("shard: [1, 2]"));
        assertEquals("title: mine\n", Files.readString(existing.resolve("levermap.yaml")));
        Run again = Run.of("init", "--shards", "8", existing.toString());
        assertTrue(again.out().contains("kept existing " + Scaffold.COLLECT_WORKFLOW), again.out());

        Run zero = Run.of("init", "--shards", "0", tmp.resolve("zero").toString());
        assertEquals(2, zero.exitCode());
        assertTrue(zero.err().startsWith("levermap: --shards is a number of parallel jobs, 1 to 256, not 0"), zero.err());
    }

    @Test
    void aDevelopmentBuildSaysItsWorkflowNeedsAPublishedRelease() {
        Run run = Run.of("init", tmp.resolve("dev").toString());
        assertEquals(VersionProvider.isRelease(VersionProvider.version()), !run.out().contains("development build"),
                run.out());
    }

    @Test
    void filesAndFoldersFollowTheUmask() throws Exception {
        Path plain = Files.createFile(tmp.resolve("plain"));
        Path plainDir = Files.createDirectory(tmp.resolve("plain-dir"));
        Path dir = tmp.resolve("report");
        assertEquals(0, Run.of("init", dir.toString()).exitCode());
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(dir.resolve("levermap.yaml")));
        assertEquals(Files.getPosixFilePermissions(plainDir), Files.getPosixFilePermissions(dir.resolve("projects")));
        assertEquals(0, Run.of("build", "-C", dir.toString()).exitCode());
        assertEquals(Files.getPosixFilePermissions(plainDir), Files.getPosixFilePermissions(dir.resolve("_site")),
                "a web server running as another user can read the site");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(dir.resolve("_site/index.html")));
    }
}
