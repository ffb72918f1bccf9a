package org.levermap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.levermap.model.affiliation.DomainWarnings;
import org.levermap.model.repo.DataException;
import org.levermap.model.repo.DataRepository;
import org.levermap.model.repo.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code levermap validate [-C DIR]}: loads a data repository and prints every problem. */
@Command(name = "validate",
        description = {"Check a data repository and print every problem.",
                "Every file, key and reference between files is checked; problems are printed as",
                "path:line:column: message. Exits 0 when the data is clean, 1 when it has problems."},
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  levermap validate -C site", "  levermap validate               # the data repository the current folder is in"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** The data repository as a parameter, the spelling of earlier releases (hidden, kept working). */
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", hidden = true)
    Path positional;

    @Mixin
    DataRepositoryOption data;

    /** The data repository of this run, set first thing in {@link #call()}. */
    Path dir;

    @Override
    public Integer call() {
        dir = data.root(positional);
        PrintWriter out = spec.commandLine().getOut();
        try {
            DataRepository repo = DataRepository.loadCached(dir);
            int snapshots = repo.snapshots().values().stream().mapToInt(java.util.List::size).sum();
            out.printf("%s: valid (%s, %s, %s, %s)%n", Paths.display(dir), plural(repo.projects().size(), "project"),
                    plural(snapshots, "snapshot"), plural(repo.actors().size(), "actor"),
                    plural(repo.alliances().size(), "alliance"));
            // Warnings point at likely gaps in the data; they do not make it invalid.
            for (String warning : DomainWarnings.of(repo)) {
                out.println(Paths.display(dir).equals(".") ? warning : Paths.display(dir) + "/" + warning);
            }
            return ExitCode.OK;
        } catch (DataException e) {
            for (Problem p : e.problems()) {
                out.println(Paths.prefixed(dir, p));
            }
            long files = e.problems().stream().map(Problem::file).distinct().count();
            out.printf("%s in %s%n", plural(e.problems().size(), "problem"), plural((int) files, "file"));
            return ExitCode.DATA;
        }
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
