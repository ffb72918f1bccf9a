package org.levermap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.levermap.render.output.StagedOutput;

/**
 * The commands {@link Compare} times: {@code levermap build} through the launcher with the jar just
 * built, and {@code hugo}; each as a child process under GNU time, its output appended to one log.
 */
final class Builds {

    private final Path here;
    private final Path log;
    private final Map<String, String> env;

    Builds(Path here, Path log) {
        this.here = here;
        this.log = log;
        this.env = Map.of("LEVERMAP_JAR", here.resolve("cli/target/levermap.jar").toString());
    }

    /** The generated data repository of that size under {@code work}, written the first time. */
    Path data(Path work, int projects, int snapshots) throws IOException {
        Path data = work.resolve("data-" + projects + "x" + snapshots);
        if (!Files.isRegularFile(data.resolve("levermap.yaml"))) {
            long start = System.nanoTime();
            StagedOutput.deleteTree(data);
            SampleRepository.write(data, projects, snapshots, "https://example.org/report/");
            System.out.printf(Locale.ROOT, "generated %s in %.0f s%n", data, (System.nanoTime() - start) / 1e9);
        }
        return data;
    }

    /** {@code levermap build}; {@code cold}: into an empty folder, without the build's cache. */
    ChildRun levermap(Path data, Path site, boolean cold) throws IOException, InterruptedException {
        if (cold) {
            StagedOutput.deleteSite(site);
            StagedOutput.deleteTree(data.resolve(".cache"));
        }
        return checked(ChildRun.of(command(data, site), here, env, log), "levermap build");
    }

    /** {@code levermap build} into an empty folder with the JVM's GC log, failing or not (out of memory is a figure). */
    ChildRun levermapWithGcLog(Path data, Path site, Path gcLog) throws IOException, InterruptedException {
        StagedOutput.deleteSite(site);
        StagedOutput.deleteTree(data.resolve(".cache"));
        Files.deleteIfExists(gcLog);
        Map<String, String> withLog = new java.util.HashMap<>(env);
        withLog.put("LEVERMAP_JAVA_OPTS", "-Xlog:gc:file=" + gcLog);
        return ChildRun.of(command(data, site), here, withLog, log);
    }

    private List<String> command(Path data, Path site) {
        return List.of(here.resolve("levermap").toString(), "build", "-C", data.toString(), "-o", site.toString());
    }

    /**
     * The one-change rebuilds of a serve-like session ({@link WarmRebuilds}) in a child JVM with the
     * launcher's options (those of {@code jvm.options} for every command), on the site a full build left.
     */
    WarmRebuilds.Figures warm(Path data, Path site, int edits) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String line : Files.readAllLines(here.resolve("jvm.options"))) {
            String option = line.strip();
            if (!option.isEmpty() && !option.startsWith("#") && !option.matches("[a-z]+: .*")) {
                command.add(option);
            }
        }
        String classpath = here.resolve("bench/target/classes") + java.io.File.pathSeparator
                + Files.readString(here.resolve("bench/target/classpath.txt")).strip();
        Path result = Files.createTempFile("levermap-bench-warm-", ".txt");
        try {
            command.addAll(List.of("-cp", classpath, WarmRebuilds.class.getName(), data.toString(), site.toString(),
                    String.valueOf(edits), result.toString()));
            checked(ChildRun.of(command, here, Map.of(), log), "the warm rebuilds");
            String[] f = Files.readString(result).strip().split(" ");
            return new WarmRebuilds.Figures(Double.parseDouble(f[0]), Double.parseDouble(f[1]));
        } finally {
            Files.deleteIfExists(result);
        }
    }

    /**
     * The same one-change rebuilds as commands with the build daemon on ({@code LEVERMAP_DAEMON=on}):
     * one build starts the daemon (its first build reads the site as a fresh builder does), then each
     * edit is followed by {@code levermap build}, timed as the command the user types; the daemon is
     * stopped at the end. Only wall times mean anything here:
     * the daemon's CPU is not the command's.
     */
    List<ChildRun> daemonRebuilds(Path data, Path site, int edits) throws IOException, InterruptedException {
        Map<String, String> daemon = new java.util.HashMap<>(env);
        daemon.put("LEVERMAP_DAEMON", "on");
        // The user's cache folder, as the builds before: another would key the parsed-record cache anew.
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path folder = (xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache"))
                .resolve("levermap/daemon");
        java.nio.file.attribute.FileTime started = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 1000);
        List<ChildRun> runs = new java.util.ArrayList<>();
        try {
            checked(ChildRun.of(command(data, site), here, daemon, log), "levermap build with the daemon");
            for (int i = 0; i < edits; i++) {
                touchOneSnapshot(data, 100 + i);
                runs.add(checked(ChildRun.of(command(data, site), here, daemon, log), "levermap build with the daemon"));
            }
        } finally {
            stopDaemons(folder, started);
        }
        return runs;
    }

    /**
     * Ends the daemons whose port files under {@code folder} were written since {@code since}: this run's
     * (the third word of each is its process id).
     */
    private static void stopDaemons(Path folder, java.nio.file.attribute.FileTime since) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var found = Files.walk(folder)) {
            for (Path port : found.filter(f -> f.getFileName().toString().equals("port")).toList()) {
                if (Files.getLastModifiedTime(port).compareTo(since) < 0) {
                    continue;
                }
                String[] words = Files.readString(port).strip().split(" ");
                if (words.length >= 3) {
                    ProcessHandle.of(Long.parseLong(words[2])).ifPresent(ProcessHandle::destroy);
                }
            }
        }
    }

    /**
     * {@code hugo} into an empty folder, failing or not: Hugo holds every page's content in memory, and
     * the kernel may kill it (status 137), which is a figure too.
     */
    ChildRun hugo(String hugo, Path site, Path out) throws IOException, InterruptedException {
        StagedOutput.deleteTree(out);
        return ChildRun.of(List.of(hugo, "--quiet", "-s", site.toString(), "-d", out.toString()), here, Map.of(), log);
    }

    /** Hugo's version, e.g. "hugo v0.111.3". */
    String version(String hugo) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(hugo, "version").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        p.waitFor();
        String[] words = out.split(" ");
        return words.length > 1 ? "hugo " + words[1].replaceAll("\\+.*", "") : out;
    }

    /**
     * Changes the newest snapshot of one project: a comment appended, so the file's bytes change and its
     * facts do not (the builds before and after must stay comparable).
     */
    static void touchOneSnapshot(Path data, int round) throws IOException {
        Files.writeString(WarmRebuilds.newestSnapshot(data), "# bench: changed (" + round + ")\n", StandardOpenOption.APPEND);
    }

    private ChildRun checked(ChildRun run, String what) throws IOException {
        if (run.exit() != 0) {
            throw new IOException(what + " failed with status " + run.exit() + "; see " + log);
        }
        return run;
    }
}
