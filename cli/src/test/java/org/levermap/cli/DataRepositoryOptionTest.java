package org.levermap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataRepositoryOptionTest {

    @TempDir
    Path tmp;

    @Test
    void theDataRepositoryIsFoundFromAnySubFolderAsGitFindsItsRepository() throws Exception {
        Path root = TestReport.write(tmp.resolve("r"));
        Path deep = Files.createDirectories(root.resolve("projects/widget/snapshots"));
        assertEquals(root, DataRepositoryOption.find(root));
        assertEquals(root, DataRepositoryOption.find(deep));
        Path outside = Files.createDirectories(tmp.resolve("elsewhere/deeper"));
        assertEquals(outside, DataRepositoryOption.find(outside), "no data repository above: the folder given");
    }

    @Test
    void aRelativeFolderStaysRelative() throws Exception {
        Path root = TestReport.write(tmp.resolve("r"));
        Files.createDirectories(root.resolve("projects/widget/snapshots"));
        Path relative = Path.of("").toAbsolutePath().relativize(root.resolve("projects/widget/snapshots"));
        Path found = DataRepositoryOption.find(relative);
        assertEquals(root.toRealPath(), found.toAbsolutePath().toRealPath());
        assertTrue(!found.isAbsolute(), found.toString());
    }

    @Test
    void everyCommandTakesMinusCAndTheOldSpellingsStillWork() throws Exception {
        Path root = TestReport.write(tmp.resolve("r"));
        String sub = root.resolve("projects/widget").toString();
        assertEquals(0, Run.of("validate", "-C", sub).exitCode());
        assertEquals(0, Run.of("validate", "--data-dir", root.toString()).exitCode());
        assertEquals(0, Run.of("validate", root.toString()).exitCode(), "the DIR parameter of earlier releases");
        assertEquals(0, Run.of("diff", "widget", "--dir", sub).exitCode(), "diff's --dir of earlier releases");
        assertEquals(0, Run.of("diff", "widget", "-C", sub).exitCode());
        assertEquals(0, Run.of("lineage", "--repo-root", root.toString(), "--cache-dir", tmp.resolve("c").toString())
                .exitCode(), "collect's and lineage's --repo-root of earlier releases");
        assertEquals(0, Run.of("build", "-C", sub, "-o", tmp.resolve("site").toString()).exitCode());
        assertTrue(Files.isRegularFile(tmp.resolve("site/index.html")));
        for (String command : new String[] {"validate", "collect", "lineage", "build", "serve", "diff"}) {
            String help = Run.of(command, "--help").out();
            assertTrue(help.contains("-C, --data-dir=DIR"), command + ": " + help);
            assertTrue(!help.contains("--repo-root") && !help.contains("--dir=") && !help.contains("[DIR]"),
                    command + " shows one spelling: " + help);
        }
    }
}
