package org.levermap.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.levermap.render.BuildOptions;
import org.levermap.render.BuildResult;
import org.levermap.render.SiteBuilder;

/**
 * Rebuilds after one edit each, in one JVM with one builder, as {@code levermap serve} rebuilds while a
 * user edits: the newest snapshot of one project changes (its bus factor goes up by one), and the site
 * is built again. The figure is the median of the edits, in wall and CPU seconds.
 *
 * <pre>bench/run WarmRebuilds DATA SITE [EDITS [RESULT-FILE]]</pre>
 *
 * {@link Compare} runs it as a child process after its full builds (one build first, as serve starts
 * with one, then the edits) and reads the two medians from RESULT-FILE; {@link BuildBenchmark} calls
 * {@link #measure} after its own builds.
 */
public final class WarmRebuilds {

    private WarmRebuilds() {
    }

    /** Medians of the edits' rebuilds: wall and CPU seconds. */
    record Figures(double wall, double cpu) {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path site = Path.of(args[1]);
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 9;
        SiteBuilder builder = new SiteBuilder(BuildOptions.DEFAULTS, "levermap bench");
        builder.build(data, site);
        Figures f = measure(builder, data, site, edits, System.out);
        if (args.length > 3) {
            Files.writeString(Path.of(args[3]), f.wall() + " " + f.cpu() + "\n");
        }
    }

    /** Makes {@code edits} edits, each followed by a rebuild with {@code builder}, printing each to {@code log}. */
    static Figures measure(SiteBuilder builder, Path data, Path site, int edits, PrintStream log) throws Exception {
        Path touched = newestSnapshot(data);
        double[] wall = new double[edits];
        double[] cpu = new double[edits];
        for (int i = 0; i < edits; i++) {
            edit(touched);
            long before = cpu();
            BuildResult r = builder.build(data, site);
            cpu[i] = (cpu() - before) / 1e9;
            wall[i] = r.millis() / 1000.0;
            log.printf(Locale.ROOT, "  edit %d: %.2f s, cpu %.2f s, %,d written, %,d carried over (%s)%n", i + 1, wall[i],
                    cpu[i], r.written(), r.carried(), phases(r));
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Figures(wall[edits / 2], cpu[edits / 2]);
    }

    /** A build's phases and their seconds, e.g. "load 0.25, assess 0.05". */
    static String phases(BuildResult r) {
        StringBuilder phases = new StringBuilder();
        r.phases().forEach((k, v) -> phases.append(phases.length() == 0 ? "" : ", ").append(k).append(' ')
                .append(String.format(Locale.ROOT, "%.2f", v / 1000.0)));
        return phases.toString();
    }

    /** The newest snapshot of the generated repository's first project: the one the benchmarks change. */
    static Path newestSnapshot(Path data) throws IOException {
        try (var files = Files.list(data.resolve("projects/p-0/snapshots"))) {
            return files.sorted().reduce((a, b) -> b).orElseThrow();
        }
    }

    /** One edit: the snapshot's bus factor goes up by one (a comment is added where it has none). */
    static void edit(Path snapshot) throws IOException {
        String text = Files.readString(snapshot);
        Matcher m = Pattern.compile("bus_factor: (\\d+)").matcher(text);
        Files.writeString(snapshot, m.find() ? text.substring(0, m.start(1)) + (Integer.parseInt(m.group(1)) + 1)
                + text.substring(m.end(1)) : text + "# edited\n");
    }

    /** CPU time of the whole process (every thread, the collector's too) in nanoseconds. */
    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
