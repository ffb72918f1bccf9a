package org.levermap.cli;

import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The subcommands of {@code levermap}, in the order its help lists them, and which of them a command line
 * needs. picocli reads every subcommand's annotations, fields and their types when it is added (for build
 * and serve that loads the renderer's and the preview server's classes): a command line that runs one
 * subcommand gets only that one (0.02 s less CPU for {@code collect --help}, 15 pairs; README, Start-up). Help, a
 * mistyped name or no subcommand get them all, so the help and the suggestions are whole.
 */
final class Subcommands {

    /** A subcommand: the name its {@code @Command} gives, and how to make one. */
    record Entry(String name, Supplier<Object> make) {
    }

    private Subcommands() {
    }

    /** Every subcommand, in the order of the help. */
    static List<Entry> all() {
        return List.of(new Entry("init", InitCommand::new), new Entry("validate", ValidateCommand::new),
                new Entry("collect", CollectCommand::new), new Entry("lineage", LineageCommand::new),
                new Entry("build", BuildCommand::new), new Entry("serve", ServeCommand::new),
                new Entry("diff", DiffCommand::new), new Entry("help", CommandLine.HelpCommand::new));
    }

    /**
     * The subcommands {@code args} need: the one it runs when its first argument other than the
     * top-level {@code --debug} names one (help aside), otherwise all.
     */
    static List<Entry> neededBy(String... args) {
        List<Entry> all = all();
        for (String arg : args) {
            if (arg.equals("--debug")) {
                continue;
            }
            return all.stream().filter(e -> e.name().equals(arg) && !arg.equals("help")).findFirst()
                    .map(List::of).orElse(all);
        }
        return all;
    }

    /** Adds the subcommands {@code args} need to {@code top}. */
    static void addTo(CommandLine top, String... args) {
        for (Entry e : neededBy(args)) {
            top.addSubcommand(e.name(), e.make().get());
        }
    }
}
