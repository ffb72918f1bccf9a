package org.levermap.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The top-level {@code levermap} command: only its options. Its subcommands are {@link Subcommands}, added
 * by {@link Main}: all of them, or only the one a command line runs.
 */
@Command(name = "levermap",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Maps who holds the levers of open projects and publishes the map as a static site.", ""},
        synopsisSubcommandLabel = "COMMAND",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  done", "  1  the data has problems, or the command refused to overwrite something",
                  "  2  wrong command line", "  3  an I/O error or a bug (--debug shows the stack trace)", "",
                  "Examples:", "  levermap serve -C site              # preview the reference report",
                  "  levermap init my-report && levermap build -C my-report"})
final class LevermapCommand {

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Show stack traces of unexpected errors.")
    boolean debug;
}
