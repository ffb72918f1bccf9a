package org.levermap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {

    @TempDir
    Path tmp;

    @Test
    void buildsIntoDirSiteByDefaultAndSaysWhatItDid() throws Exception {
        Path dir = TestReport.write(tmp.resolve("r"));
        Run run = Run.of("build", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("Built " + dir + "/_site: \\d+ files \\(\\d+ pages\\), \\d+ written, 0 unchanged, in "
                + "[0-9.]+ s\\n"), run.out());
        assertTrue(Files.isRegularFile(dir.resolve("_site/projects/widget/2024-02-29.html")));
        Run again = Run.of("build", dir.toString());
        assertEquals(dir + "/_site is up to date (nothing changed since the last build)\n", again.out());
    }

    @Test
    void outputAndBaseUrlOptions() throws Exception {
        Path dir = TestReport.write(tmp.resolve("r"));
        Path out = tmp.resolve("public");
        Run run = Run.of("build", dir.toString(), "-o", out.toString(), "--base-url", "https://me.github.io/r/");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(out.resolve("feed.xml")).contains("https://me.github.io/r/projects/widget/"));
    }

    @Test
    void aDataErrorPrintsEveryProblemAndLeavesTheSite() throws Exception {
        Path dir = TestReport.write(tmp.resolve("r"));
        assertEquals(0, Run.of("build", dir.toString()).exitCode());
        String before = Files.readString(dir.resolve("_site/index.html"));
        TestReport.write(dir, "projects/widget/project.yaml", "id: widget\nname: Widget\nlevers:\n  brnad: []\n");
        Run run = Run.of("build", dir.toString());
        assertEquals(1, run.exitCode());
        assertEquals(dir + "/projects/widget/project.yaml:4:3: unknown lever 'brnad' (did you mean 'brand'?)\n"
                + "levermap: 1 problem in 1 file; nothing was built and " + dir + "/_site was left as it was\n", run.err());
        assertFalse(run.err().contains("Exception"));
        assertEquals(before, Files.readString(dir.resolve("_site/index.html")));
    }

    @Test
    void aTemplateErrorExitsOneWithItsLocation() throws Exception {
        Path dir = TestReport.write(tmp.resolve("r"));
        TestReport.write(dir, "templates/index.ftlh", "${nope}");
        Run run = Run.of("build", dir.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("levermap: templates/index.ftlh:1:3: "), run.err());
        assertFalse(Files.exists(dir.resolve("_site")));
    }

    @Test
    void aBadSourceDateEpochIsAUsageError() throws Exception {
        Path dir = TestReport.write(tmp.resolve("r"));
        Run run = Run.of("build", dir.toString(), "--source-date-epoch", "yesterday");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("SOURCE_DATE_EPOCH must be a whole number"), run.err());
        assertEquals(0, Run.of("build", dir.toString(), "--source-date-epoch", "1700000000").exitCode());
        assertTrue(Files.readString(dir.resolve("_site/index.html")).contains("built 2023-11-14"));
    }

    @Test
    void refusesToReplaceAFolderItDidNotBuild() throws Exception {
        Path dir = TestReport.write(tmp.resolve("r"));
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(mine.resolve("keep.txt"), "x");
        Run run = Run.of("build", dir.toString(), "-o", mine.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("is not empty and was not built by levermap"), run.err());
        assertTrue(Files.exists(mine.resolve("keep.txt")));
    }
}
