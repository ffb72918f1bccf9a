package org.levermap.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.levermap.render.BuildOptions;
import org.levermap.render.BuildResult;
import org.levermap.render.SiteBuilder;
import org.levermap.render.output.StagedOutput;

/**
 * Times a full build of a generated data repository, a rebuild with nothing changed, a rebuild after
 * one changed snapshot and then edit after edit with the same builder (as serve rebuilds, see
 * {@link WarmRebuilds}), and prints pages per second, CPU time and peak memory.
 *
 * <pre>bench/run BuildBenchmark [PROJECTS [SNAPSHOTS [DIR]]]     (defaults: 1000 24 bench/target/build-bench)</pre>
 *
 * bench/run starts the JVM with the launcher's options (jvm.options: a 1 GB heap among them). A DIR on
 * tmpfs ({@code /dev/shm/...}) times levermap rather than the disk, as Hugo's --renderToMemory does.
 */
public final class BuildBenchmark {

    private BuildBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int projects = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int snapshots = args.length > 1 ? Integer.parseInt(args[1]) : 24;
        Path work = Path.of(args.length > 2 ? args[2] : "bench/target/build-bench");
        Path data = work.resolve("data-" + projects + "x" + snapshots);
        Path out = work.resolve("site-" + projects + "x" + snapshots);

        if (!Files.isRegularFile(data.resolve("levermap.yaml"))) {
            long t = System.nanoTime();
            StagedOutput.deleteTree(data);
            SampleRepository.write(data, projects, snapshots, "https://example.org/report/");
            System.out.printf(Locale.ROOT, "generated %s: %d projects x %d snapshots in %.1f s%n", data, projects,
                    snapshots, seconds(t));
        }
        StagedOutput.deleteSite(out);
        StagedOutput.deleteTree(data.resolve(".cache"));
        System.out.printf(Locale.ROOT, "cores: %d, max heap: %d MB, JVM options: %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        Files.createDirectories(work);
        System.out.println("data and site on: " + Files.getFileStore(work).type() + " (" + work + ")");

        SiteBuilder builder = new SiteBuilder(BuildOptions.DEFAULTS, "levermap bench");
        settle();
        long cpu = WarmRebuilds.cpu();
        BuildResult full = builder.build(data, out);
        report("full build", full);
        long before = cpu;
        cpu = cpuReport(full, cpu);
        long fullCpu = cpu - before;
        System.out.println("    peak resident memory so far: " + peakResident());
        BuildResult noop = builder.build(data, out);
        report("no-op rebuild", noop);
        cpu = cpuReport(noop, cpu);
        System.out.printf(Locale.ROOT, "no-op rebuild / full build: %.1f%%%n", 100.0 * noop.millis() / full.millis());

        // One snapshot of one project changes (its bus factor goes up by one): that project's pages and the
        // site-wide pages are rendered again, the other projects' pages carried over.
        Path touched = WarmRebuilds.newestSnapshot(data);
        // The first rebuild stages every file afresh and keeps the previous site as the back buffer; the
        // next ones bring that back up to date in only the paths that differ (see StagedOutput), and take
        // what the builder read before from its memory (see RecordMemory): as serve rebuilds, edit after edit.
        WarmRebuilds.edit(touched);
        BuildResult first = builder.build(data, out);
        report("rebuild after changing one file", first);
        System.out.printf(Locale.ROOT, "    carried over: %,d files; one-change rebuild / full build: %.1f%% wall%n",
                first.carried(), 100.0 * first.millis() / full.millis());
        cpuReport(first, cpu);
        WarmRebuilds.Figures edits = WarmRebuilds.measure(builder, data, out, EDITS, System.out);
        System.out.printf(Locale.ROOT, "one-change rebuild in this JVM (median of %d edits, as serve rebuilds): %.2f s"
                + " = %.1f%% wall, cpu %.2f s = %.1f%% cpu of the full build%n", EDITS, edits.wall(),
                100.0 * edits.wall() * 1000 / full.millis(), edits.cpu(), 100.0 * edits.cpu() * 1e9 / fullCpu);

        // The same full build again in this JVM: the difference to the first is the JVM warming up.
        Path again = work.resolve("site-again");
        StagedOutput.deleteSite(again);
        settle();
        cpu = WarmRebuilds.cpu();
        BuildResult warm = builder.build(data, again);
        report("full build, warm JVM", warm);
        cpuReport(warm, cpu);
        StagedOutput.deleteSite(again);

        long heap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heap += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "peak heap used (sum of pool peaks): %d MB%n", heap / (1024 * 1024));
        System.out.println("peak resident memory of the process (all builds): " + peakResident());
    }

    /** Edits after the first rebuild, whose median is the figure. */
    private static final int EDITS = 9;

    private static void report(String what, BuildResult r) {
        double s = r.millis() / 1000.0;
        if (r.upToDate()) {
            System.out.printf(Locale.ROOT, "%-32s %7.2f s  (up to date, nothing rendered)%n", what, s);
        } else {
            System.out.printf(Locale.ROOT, "%-32s %7.2f s  %,d pages, %,d files, %,d written, %,d unchanged: %,.0f pages/s,"
                    + " %,.0f files/s%n", what, s, r.pages(), r.files(), r.written(), r.unchanged(), r.pages() / s,
                    r.files() / s);
        }
        System.out.println("    phases (s): " + WarmRebuilds.phases(r));
    }

    /**
     * Lets the disk write out what the steps before left pending (the generated data, the deleted
     * previous site), so that a build is not billed for it: on a VM's disk that costs seconds.
     */
    private static void settle() throws InterruptedException {
        try {
            new ProcessBuilder("sync").inheritIO().start().waitFor();
        } catch (java.io.IOException e) {
            // No sync command: the figures then include whatever the disk was still doing.
        }
    }

    /** The process's peak resident set (VmHWM), as the kernel counts it. */
    private static String peakResident() throws java.io.IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                .findFirst().map(l -> l.substring(6).strip()).orElse("n/a");
    }

    private static long cpuReport(BuildResult r, long since) {
        long now = WarmRebuilds.cpu();
        double s = (now - since) / 1e9;
        System.out.printf(Locale.ROOT, "    cpu time %.2f s%s%n", s, r.upToDate() ? "" : String.format(Locale.ROOT,
                " (%,.0f pages per cpu-second; on 2 idle cores at most %,.0f pages/s)", r.pages() / s,
                2 * r.pages() / s));
        return now;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
