package org.levermap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SubcommandsTest {

    private static List<String> names(String... args) {
        return Subcommands.neededBy(args).stream().map(Subcommands.Entry::name).toList();
    }

    @Test
    void eachNameIsTheOneItsCommandAnnotationGives() {
        for (Subcommands.Entry e : Subcommands.all()) {
            assertEquals(e.name(), e.make().get().getClass().getAnnotation(CommandLine.Command.class).name());
        }
    }

    @Test
    void aCommandLineThatRunsOneSubcommandGetsOnlyIt() {
        assertEquals(List.of("collect"), names("collect", "redis", "--as-of", "2024-01-31"));
        assertEquals(List.of("build"), names("--debug", "build", "-C", "site"));
        assertEquals(List.of("serve"), names("serve", "--help"));
    }

    @Test
    void helpAMistypedNameOrNoSubcommandGetThemAll() {
        List<String> all = Subcommands.all().stream().map(Subcommands.Entry::name).toList();
        assertEquals(all, names());
        assertEquals(all, names("--help"));
        assertEquals(all, names("--version"));
        assertEquals(all, names("help", "collect"));
        assertEquals(all, names("colect", "redis"));
        assertEquals(all, names("--debug"));
        assertEquals(8, all.size());
    }

    @Test
    void theTopLevelHelpStillListsEverySubcommandAndATypoStillGetsASuggestion() {
        Run help = Run.of("help");
        assertEquals(0, help.exitCode());
        for (String name : List.of("init", "validate", "collect", "lineage", "build", "serve", "diff")) {
            assertTrue(help.out().contains("  " + name + " "), help.out());
        }
        Run typo = Run.of("colect", "redis");
        assertEquals(2, typo.exitCode());
        assertTrue(typo.err().contains("collect"), typo.err());
    }

    @Test
    void aSubcommandRunAloneStillTakesTheTopLevelDebugOption() {
        Run run = Run.of("--debug", "validate", "-C", "/nonexistent/levermap-data");
        assertTrue(run.exitCode() != 0 && !run.err().contains("Unknown option"), run.err());
    }
}
