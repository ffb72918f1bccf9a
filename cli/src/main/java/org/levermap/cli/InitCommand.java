package org.levermap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.levermap.model.repo.YamlCodec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code levermap init DIR}: scaffolds a new data repository. */
@Command(name = "init",
        description = {"Create a new data repository.",
                "It holds levermap.yaml, an example project with a cited fact, actors/, alliances/, JSON Schemas",
                "for editors, a .gitignore and a GitHub Actions workflow that publishes the site to GitHub Pages."},
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  levermap init my-report", "  levermap init --force .      # into the current, non-empty folder"})
final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to create; it must be new or empty.")
    Path dir;

    @Option(names = "--force", description = "Write into a folder that is not empty. Files that exist are kept.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UserException(Paths.display(dir) + " exists and is not a folder");
        }
        if (!force && !isEmpty(dir)) {
            throw new UserException(Paths.display(dir) + " is not empty: init writes only into a new or empty folder"
                    + " (--force writes into it and keeps the files that exist)");
        }
        List<String> written = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (Map.Entry<String, String> file : Scaffold.files().entrySet()) {
            Path target = dir.resolve(file.getKey());
            if (Files.exists(target)) {
                kept.add(file.getKey());
            } else {
                YamlCodec.writeText(target, file.getValue(), false);
                written.add(file.getKey());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Created a levermap data repository in %s (%d files)%n", Paths.display(dir), written.size());
        for (String k : kept) {
            out.println("  kept existing " + k);
        }
        out.printf("Next: edit %s/projects/pytorch/project.yaml, then run: levermap validate %s%n",
                Paths.display(dir), Paths.display(dir));
        return ExitCode.OK;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
