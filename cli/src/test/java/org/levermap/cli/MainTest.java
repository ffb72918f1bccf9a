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
        assertTrue(plain.err().startsWith("levermap: I/O error: "), plain.err());
        assertTrue(plain.err().contains("(run with --debug to see where it failed)"), plain.err());
        assertFalse(plain.err().contains("\tat "), plain.err());
        Run debug = Run.of("--debug", "init", inside);
        assertEquals(3, debug.exitCode());
        assertTrue(debug.err().contains("\tat "), debug.err());
    }
}
