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
import org.levermap.model.repo.TempFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code levermap init DIR}: scaffolds a new data repository. */
@Command(name = "init",
        description = {"Create a new data repository.",
                "It holds levermap.yaml, an example project with a cited fact, actors/, alliances/, JSON Schemas",
                "for editors, a .gitignore and a GitHub Actions workflow that publishes the site to GitHub Pages."},
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  levermap init my-report", "  levermap init --force .      # into the current, non-empty folder",
                "  levermap init --theme site   # copy the default theme into an existing report, to edit it",
                "  levermap init --shards 4 site  # add a monthly collection in 4 parallel GitHub Actions jobs"})
final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to create; it must be new or empty.")
    Path dir;

    @Option(names = "--force", description = "Write into a folder that is not empty. Files that exist are kept.")
    boolean force;

    @Option(names = "--theme", description = {"Also copy the default theme (templates/ and static/) to edit it; a file"
            + " there overrides the default theme's file of the same path.", "In an existing data repository only the"
            + " theme is copied, and files that exist are kept."})
    boolean theme;

    @Option(names = "--shards", paramLabel = "N", description = {"Also write " + Scaffold.COLLECT_WORKFLOW + ": every"
            + " project collected monthly in N parallel jobs (collect --all --shard I/N), merged, built and published.",
        "In an existing data repository only that workflow is written, if it does not exist."})
    Integer shards;

    /** A matrix of GitHub Actions has at most 256 jobs. */
    private static final int MAX_SHARDS = 256;

    @Override
    public Integer call() throws IOException {
        if (shards != null && (shards < 1 || shards > MAX_SHARDS)) {
            throw new ParameterException(spec.commandLine(), "--shards is a number of parallel jobs, 1 to " + MAX_SHARDS
                    + ", not " + shards);
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UserException(Paths.display(dir) + " exists and is not a folder");
        }
        boolean existing = Files.isRegularFile(dir.resolve("levermap.yaml"));
        if ((theme || shards != null) && existing && !force) {
            return addToExisting();
        }
        if (!force && !isEmpty(dir)) {
            throw new UserException(Paths.display(dir) + " is not empty: init writes only into a new or empty folder"
                    + " (--force writes into it and keeps the files that exist)");
        }
        List<String> written = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        Scaffold.files().forEach((path, text) -> files.put(path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        if (theme) {
            files.putAll(Scaffold.theme());
        }
        if (shards != null) {
            files.put(Scaffold.COLLECT_WORKFLOW, Scaffold.collectWorkflow(shards).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = dir.resolve(file.getKey());
            if (Files.exists(target)) {
                kept.add(file.getKey());
            } else {
                write(target, file.getValue());
                written.add(file.getKey());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Created a levermap data repository in %s (%d files)%n", Paths.display(dir), written.size());
        for (String k : kept) {
            out.println("  kept existing " + k);
        }
        out.printf("Next: edit %s/projects/pytorch/project.yaml, then run: %s validate -C %s%n",
                Paths.display(dir), commandName(), Paths.display(dir));
        String version = VersionProvider.version();
        if ((written.contains(Scaffold.WORKFLOW) || written.contains(Scaffold.COLLECT_WORKFLOW))
                && !VersionProvider.isRelease(version)) {
            out.printf("Note: this levermap is a development build (%s); %s uses the Action of release %s,"
                    + " which must be published before the workflow can run%n", version, Scaffold.WORKFLOW,
                    VersionProvider.releaseTag(version));
        }
        return ExitCode.OK;
    }

    /** Adds the default theme and/or the collection workflow to an existing data repository, keeping files that exist. */
    private int addToExisting() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (shards != null) {
            Path target = dir.resolve(Scaffold.COLLECT_WORKFLOW);
            if (Files.exists(target)) {
                out.println("  kept existing " + Scaffold.COLLECT_WORKFLOW);
            } else {
                write(target, Scaffold.collectWorkflow(shards).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.printf("Wrote %s/%s: every project collected monthly in %d parallel jobs%n", Paths.display(dir),
                        Scaffold.COLLECT_WORKFLOW, shards);
            }
        }
        return theme ? copyTheme(out) : ExitCode.OK;
    }

    /** Copies the default theme into an existing data repository, keeping files that exist. */
    private int copyTheme(PrintWriter out) throws IOException {
        int written = 0;
        for (Map.Entry<String, byte[]> file : Scaffold.theme().entrySet()) {
            Path target = dir.resolve(file.getKey());
            if (Files.exists(target)) {
                out.println("  kept existing " + file.getKey());
            } else {
                write(target, file.getValue());
                written++;
            }
        }
        out.printf("Copied the default theme into %s (%d files): edit templates/ and static/ there; a file you"
                + " delete falls back to the default%n", Paths.display(dir), written);
        return ExitCode.OK;
    }

    /**
     * How the user runs levermap: the launcher sets {@code levermap.command} to the path it was started as
     * ({@code ./levermap} in a checkout), so that the command suggested is one that exists.
     */
    static String commandName() {
        String command = System.getProperty("levermap.command", "").strip();
        return command.isEmpty() ? "levermap" : command;
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temp = TempFiles.createFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(temp, bytes);
            Files.move(temp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
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
