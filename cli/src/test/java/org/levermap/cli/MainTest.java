package org.levermap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {

    @Test
    void helpListsTheCommandsAndExitCodes() {
        Run run = Run.of("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("init "), run.out());
        assertTrue(run.out().contains("validate "), run.out());
        assertTrue(run.out().contains("build "), run.out());
        assertTrue(run.out().contains("serve "), run.out());
        assertTrue(run.out().contains("diff "), run.out());
        assertTrue(run.out().contains("2  wrong command line"), run.out());
    }

    @Test
    void versionNamesLevermap() {
        Run run = Run.of("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("levermap "), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"init", "validate", "collect", "lineage", "build", "serve", "diff"})
    void everySubcommandHasHelpWithAnExample(String command) {
        Run run = Run.of(command, "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Examples:\n  levermap " + command), run.out());
    }

    @Test
    void usageErrorsExitWithTwoAndNoStackTrace() {
        Run unknownCommand = Run.of("frobnicate");
        assertEquals(2, unknownCommand.exitCode());
        Run unknownOption = Run.of("validate", "--bogus");
        assertEquals(2, unknownOption.exitCode());
        assertTrue(unknownOption.err().contains("Unknown option: '--bogus'"), unknownOption.err());
        assertFalse(unknownOption.err().contains("\tat "), unknownOption.err());
        Run missingArgument = Run.of("init");
        assertEquals(2, missingArgument.exitCode());
        assertTrue(missingArgument.err().contains("Missing required parameter: 'DIR'"), missingArgument.err());
    }

    @Test
    void anIoErrorExitsWithThreeAndShowsAStackTraceOnlyWithDebug(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(tmp.resolve("a-file"), "x");
        String inside = file.resolve("report").toString();
        Run plain = Run.of("init", inside);
        assertEquals(3, plain.exitCode());
        // The path and what went wrong with it ("Not a directory"), not the bare path.
        assertTrue(plain.err().matches("(?s)levermap: I/O error: " + java.util.regex.Pattern.quote(file.toString())
                + "(/report)?: \\S.*"), plain.err());
        assertTrue(plain.err().contains("(run with --debug to see where it failed)"), plain.err());
        assertFalse(plain.err().contains("\tat "), plain.err());
        Run debug = Run.of("--debug", "init", inside);
        assertEquals(3, debug.exitCode());
        assertTrue(debug.err().contains("\tat "), debug.err());
    }

    @Test
    void aUsageErrorPrintsTheMessageAndAOneLineHintNotTheWholeUsage() {
        Run run = Run.of("build", "--bogus");
        assertEquals(2, run.exitCode());
        assertEquals("levermap: Unknown option: '--bogus'\nTry 'levermap build --help' for more.\n", run.err());
        Run top = Run.of("frobnicate");
        assertTrue(top.err().endsWith("Try 'levermap --help' for more.\n"), top.err());
        assertTrue(top.err().lines().count() <= 4, top.err());
    }

    @Test
    void anIoErrorKeepsItsCauses() {
        java.io.IOException e = new java.io.IOException("could not write the site",
                new java.nio.file.AccessDeniedException("/srv/site/index.html"));
        assertEquals("I/O error: could not write the site (caused by /srv/site/index.html: permission denied)",
                Main.describe(e));
        assertEquals("I/O error: /x: no such file or folder",
                Main.describe(new java.io.UncheckedIOException(new java.nio.file.NoSuchFileException("/x"))));
    }
}
