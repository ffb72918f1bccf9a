package org.levermap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One run of a command as a child process, timed by the kernel's accounting through GNU time
 * ({@code /usr/bin/time}, Debian package {@code time}): wall seconds, user and system CPU seconds of the
 * process and all its threads and children, and the peak resident set. The same figures for levermap and
 * for Hugo, so that neither is timed by its own clock.
 *
 * @param wall elapsed seconds
 * @param user user CPU seconds
 * @param system system CPU seconds
 * @param peakKb the largest resident set, in KB
 * @param exit the command's exit status
 */
record ChildRun(double wall, double user, double system, long peakKb, int exit) {

    static final Path TIME = Path.of("/usr/bin/time");

    /** CPU seconds, user and system. */
    double cpu() {
        return user + system;
    }

    /**
     * Runs a command in a folder with extra environment variables; what it prints goes to {@code log}
     * (appended), the figures come from GNU time's own file.
     */
    static ChildRun of(List<String> command, Path dir, Map<String, String> env, Path log)
            throws IOException, InterruptedException {
        if (!Files.isExecutable(TIME)) {
            throw new IOException(TIME + " is missing: apt-get install -y time (Debian's GNU time)");
        }
        Path figures = Files.createTempFile("levermap-bench-time-", ".txt");
        try {
            List<String> timed = new ArrayList<>(List.of(TIME.toString(), "-f", "%e %U %S %M", "-o", figures.toString()));
            timed.addAll(command);
            ProcessBuilder builder = new ProcessBuilder(timed).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(env);
            int exit = builder.start().waitFor();
            return parse(Files.readAllLines(figures), exit);
        } finally {
            Files.deleteIfExists(figures);
        }
    }

    /** GNU time's last line (before it, "Command exited with non-zero status N" when it did). */
    static ChildRun parse(List<String> lines, int exit) {
        String[] f = lines.get(lines.size() - 1).strip().split(" ");
        return new ChildRun(Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                Long.parseLong(f[3]), exit);
    }

    /** Each figure's median over several runs (the peak: the largest; the exit status: the first not 0). */
    static ChildRun median(List<ChildRun> runs) {
        return new ChildRun(median(runs, ChildRun::wall), median(runs, ChildRun::user), median(runs, ChildRun::system),
                runs.stream().mapToLong(ChildRun::peakKb).max().orElse(0),
                runs.stream().mapToInt(ChildRun::exit).filter(e -> e != 0).findFirst().orElse(0));
    }

    private static double median(List<ChildRun> runs, java.util.function.ToDoubleFunction<ChildRun> figure) {
        double[] values = runs.stream().mapToDouble(figure).sorted().toArray();
        return values[values.length / 2];
    }
}
