package org.levermap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.levermap.render.output.StagedOutput;

/**
 * The scale figures side by side, in one run on one machine: levermap against Hugo on an equal number of
 * pages (pages per CPU-second and per wall-second), the rebuild after one changed snapshot as a share of
 * the full build (as a command, edit after edit in one JVM as {@code serve} rebuilds, and as commands with
 * the build daemon), the heap a 4,000-project build needs against the default 1 GB, and {@code levermap
 * collect} of one snapshot against the lean plain-git pipeline.
 *
 * <pre>bench/run Compare [PROJECTS [SNAPSHOTS [DIR]]] [--runs N] [--heap PROJECTS] [--commits N] [--hugo-markdown BYTES]</pre>
 *
 * Defaults: 1000 projects × 24 snapshots under bench/target/compare, 3 timed runs of each build after a
 * warm-up, 4000 projects for the heap (0 skips it), a 40,000-commit synthetic history for the collect,
 * and Hugo pages of about levermap's size, or as large as this machine's memory holds Hugo at that count
 * ({@link HugoSite#markdownFor}; --hugo-markdown: the Markdown of each Hugo page, in bytes).
 * Every build is a command run as a user runs it (levermap through its launcher, with its JVM options and
 * class data sharing; Hugo 0.111 from Debian's package), timed by GNU time, CPU seconds counting every
 * thread. Both write to the same file system (a DIR on tmpfs times the builders rather than the disk).
 */
public final class Compare {

    /** Edits of the serve-like session ({@link WarmRebuilds}), whose median is the figure. */
    private static final int WARM_EDITS = 9;

    private Compare() {
    }

    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(List.of(args));
        int runs = CollectBenchmark.option(rest, "--runs", 3);
        int heapProjects = CollectBenchmark.option(rest, "--heap", 4000);
        int commits = CollectBenchmark.option(rest, "--commits", 40_000);
        int hugoMarkdown = CollectBenchmark.option(rest, "--hugo-markdown", 0);
        int projects = rest.size() > 0 ? Integer.parseInt(rest.get(0)) : 1000;
        int snapshots = rest.size() > 1 ? Integer.parseInt(rest.get(1)) : 24;
        Path here = Path.of(System.getProperty("user.dir"));
        Path work = Path.of(rest.size() > 2 ? rest.get(2) : "bench/target/compare").toAbsolutePath();
        Files.createDirectories(work);
        Path log = work.resolve("compare.log");
        Files.deleteIfExists(log);
        Builds builds = new Builds(here, log);
        String hugo = HugoSite.hugo(true);
        System.out.printf(Locale.ROOT, "machine: %d cores, Java %s; %s; files on %s (%s); output of the commands: %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                hugo == null ? "no hugo" : builds.version(hugo), Files.getFileStore(work).type(), work, log);

        Path data = builds.data(work, projects, snapshots);
        Path site = work.resolve("site-levermap");
        builds.levermap(data, site, true);
        Output levermapOutput = Output.of(site);
        System.out.printf(Locale.ROOT, "levermap: %,d HTML pages of %,.0f bytes on average%n", levermapOutput.pages(),
                levermapOutput.averageBytes());

        Table table = new Table();
        List<ChildRun> lm = new ArrayList<>();
        List<ChildRun> hg = new ArrayList<>();
        int equal = HugoSite.markdownFor(levermapOutput.pages(), levermapOutput.averageBytes(), Long.MAX_VALUE);
        long available = HugoSite.availableKb();
        int markdown = hugoMarkdown > 0 ? hugoMarkdown
                : HugoSite.markdownFor(levermapOutput.pages(), levermapOutput.averageBytes(), available);
        if (hugo != null && markdown < equal && hugoMarkdown == 0) {
            System.out.printf(Locale.ROOT, "Hugo's pages: %,d bytes of Markdown instead of %,d, so that its estimated"
                    + " peak memory fits this machine (%,d MB available)%n", markdown, equal, available / 1024);
        }
        // Named by the pages' size too: a site written for another size is never reused.
        Path hugoSite = work.resolve("hugo-" + levermapOutput.pages() + "-" + markdown);
        Path hugoOut = work.resolve("site-hugo");
        if (hugo != null && !Files.isRegularFile(hugoSite.resolve("config.toml"))) {
            HugoSite.write(hugoSite, levermapOutput.pages(), projects, markdown);
        }
        for (int i = 0; i <= runs; i++) {
            ChildRun l = builds.levermap(data, site, true);
            ChildRun h = hugo == null ? null : builds.hugo(hugo, hugoSite, hugoOut);
            if (i > 0) { // the first of each is a warm-up: page cache, the launcher's class data sharing archive
                lm.add(l);
                if (h != null) {
                    hg.add(h);
                }
            }
        }
        ChildRun levermap = ChildRun.median(lm);
        ChildRun hugoRun = hg.isEmpty() ? null : ChildRun.median(hg);
        if (hugoRun != null && hugoRun.exit() != 0) {
            System.out.printf(Locale.ROOT, "hugo failed with status %d (137: killed, out of memory), peak %,d MB%n",
                    hugoRun.exit(), hugoRun.peakKb() / 1024);
            hugoRun = null;
        }
        Output hugoOutput = hugoRun == null ? null : Output.of(hugoOut);
        table.builds(levermapOutput, levermap, hugoOutput, hugoRun, runs);

        // One snapshot changes (a comment appended: new bytes, same facts), then the same command again
        // on the site and the build's cache the last full build left.
        List<ChildRun> changed = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Builds.touchOneSnapshot(data, i);
            changed.add(builds.levermap(data, site, false));
        }
        table.rebuild(ChildRun.median(changed), levermap);
        // The same edit again and again in one JVM, as serve rebuilds while a user edits.
        table.warmRebuild(builds.warm(data, site, WARM_EDITS), WARM_EDITS, levermap);
        // The same as commands, with the build daemon: a JVM that outlives the command.
        table.daemonRebuild(ChildRun.median(builds.daemonRebuilds(data, site, WARM_EDITS)), WARM_EDITS, levermap);

        if (heapProjects > 0) {
            Path big = builds.data(work, heapProjects, snapshots);
            Path gcLog = work.resolve("gc-" + heapProjects + ".log");
            ChildRun run = builds.levermapWithGcLog(big, work.resolve("site-" + heapProjects), gcLog);
            table.heap(heapProjects, snapshots, run, GcLog.read(gcLog));
            StagedOutput.deleteTree(work.resolve("site-" + heapProjects));
        }

        Path repo = SyntheticHistory.create(here.resolve("bench/target/synthetic-" + commits + ".git"), commits);
        LocalDate date = CollectBenchmark.tipDate(repo, "HEAD");
        // In turn, collect then git, pair by pair: see CollectAgainstGit.measure.
        CollectAgainstGit.Figures collect = CollectAgainstGit.measure(here, repo, null, date, Math.max(runs, 5), true);
        if (collect != null) {
            table.collect(commits, collect);
        }
        System.out.println();
        System.out.print(table);
    }

    /** The HTML pages a build wrote, and their average size. */
    record Output(int pages, double averageBytes) {

        static Output of(Path site) throws IOException {
            long[] count = new long[2];
            try (var files = Files.walk(site)) {
                files.filter(f -> f.toString().endsWith(".html") && Files.isRegularFile(f)).forEach(f -> {
                    count[0]++;
                    count[1] += f.toFile().length();
                });
            }
            return new Output((int) count[0], count[0] == 0 ? 0 : (double) count[1] / count[0]);
        }
    }
}
