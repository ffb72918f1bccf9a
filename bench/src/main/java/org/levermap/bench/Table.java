package org.levermap.bench;

import java.util.Locale;

/** The figures {@link Compare} prints at the end, a Markdown table ready for the README. */
final class Table {

    private final StringBuilder rows = new StringBuilder("| figure | levermap | Hugo | levermap / Hugo (aim) |\n|---|---|---|---|\n");
    private final StringBuilder notes = new StringBuilder();

    void builds(Compare.Output lm, ChildRun l, Compare.Output hugo, ChildRun h, int runs) {
        row("HTML pages written (equal page count)", count(lm.pages()), hugo == null ? "no figures" : count(hugo.pages()), "");
        row("average page size", kb(lm.averageBytes()), hugo == null ? "" : kb(hugo.averageBytes()), "");
        row("full build, wall seconds (median of " + runs + ")", s(l.wall()), h == null ? "" : s(h.wall()), "");
        row("full build, CPU seconds (user + system)", s(l.cpu()), h == null ? "" : s(h.cpu()), "");
        row("**pages per CPU-second**", rate(lm.pages() / l.cpu()), h == null ? "" : rate(hugo.pages() / h.cpu()),
                h == null ? "" : ratio((lm.pages() / l.cpu()) / (hugo.pages() / h.cpu())) + " (≥ 1.0)");
        row("**pages per wall-second**", rate(lm.pages() / l.wall()), h == null ? "" : rate(hugo.pages() / h.wall()),
                h == null ? "" : ratio((lm.pages() / l.wall()) / (hugo.pages() / h.wall())) + " (≥ 1.0)");
        row("cores used (CPU / wall)", ratio(l.cpu() / l.wall()), h == null ? "" : ratio(h.cpu() / h.wall()), "");
        row("peak resident memory", mb(l.peakKb()), h == null ? "" : mb(h.peakKb()), "");
        if (h != null && hugo.averageBytes() < 0.9 * lm.averageBytes()) {
            // Hugo holds every page's content in memory: at levermap's page size and a large count it may not fit
            // the machine (--hugo-markdown), and smaller pages make each of Hugo's pages cheaper.
            notes.append(String.format(Locale.ROOT, "%nHugo's pages are smaller than levermap's (%s against %s): Hugo's"
                    + " cost per page grows with a page's size, so at an equal page size the ratios above would be"
                    + " higher, not lower.%n", kb(hugo.averageBytes()), kb(lm.averageBytes())));
        }
    }

    void rebuild(ChildRun changed, ChildRun full) {
        row("**one changed snapshot**: rebuild wall seconds, share of the full build", s(changed.wall()) + ", "
                + percent(changed.wall() / full.wall()), "", "(≤ 5%)");
        row("the same, CPU seconds, share of the full build", s(changed.cpu()) + ", " + percent(changed.cpu() / full.cpu()), "",
                "");
    }

    void warmRebuild(WarmRebuilds.Figures warm, int edits, ChildRun full) {
        row(String.format(Locale.ROOT, "the same in one JVM, edit after edit, as `serve` rebuilds (median of %d):"
                + " wall seconds, share of the full build", edits), s(warm.wall()) + ", " + percent(warm.wall()
                / full.wall()), "", "(≤ 5%)");
        row("the same, CPU seconds, share of the full build", s(warm.cpu()) + ", " + percent(warm.cpu() / full.cpu()),
                "", "");
    }

    void daemonRebuild(ChildRun daemon, int edits, ChildRun full) {
        row(String.format(Locale.ROOT, "the same as a command with the build daemon (`LEVERMAP_DAEMON=on`), edit"
                + " after edit (median of %d): wall seconds, share of the full build", edits), s(daemon.wall()) + ", "
                + percent(daemon.wall() / full.wall()), "", "(≤ 5%)");
    }

    void heap(int projects, int snapshots, ChildRun run, GcLog gc) {
        row(String.format(Locale.ROOT, "**%,d × %d build in the default heap** (-Xmx1g): exit status, wall seconds",
                projects, snapshots), (run.exit() == 0 ? "0 (built)" : run.exit() + " (failed)") + ", " + s(run.wall()), "",
                "(builds)");
        row("the same: most heap live after a collection, of the heap's capacity", gc.maxLiveMb() + " MB of "
                + gc.maxCapacityMb() + " MB (" + gc.collections() + " collections)", "", "");
        row("the same: peak resident memory", mb(run.peakKb()), "", "");
    }

    void collect(int commits, CollectAgainstGit.Figures collect) {
        row(String.format(Locale.ROOT, "**collect of one snapshot** (%,d commits), command wall seconds against the lean"
                + " git pipeline run in turn (medians; the ratio pair by pair): first collect of the tip (no history"
                + " index); the tip indexed%s", commits, collect.ahead() > 0 ? "; one commit ahead of the indexed tip" : ""),
                s(collect.cold()) + "; " + s(collect.indexed()) + (collect.ahead() > 0 ? "; " + s(collect.ahead()) : "")
                        + " against " + s(collect.git()), "",
                ratio(collect.ratio()) + "; " + ratio(collect.indexedRatio())
                        + (collect.ahead() > 0 ? "; " + ratio(collect.aheadRatio()) : "") + " (≤ 1.5)");
    }

    private void row(String figure, String levermap, String hugo, String ratio) {
        rows.append("| ").append(figure).append(" | ").append(levermap).append(" | ").append(hugo).append(" | ")
                .append(ratio).append(" |\n");
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String kb(double bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024);
    }

    private static String s(double seconds) {
        return String.format(Locale.ROOT, "%.2f s", seconds);
    }

    private static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f", perSecond);
    }

    private static String ratio(double r) {
        return String.format(Locale.ROOT, "%.2f×", r);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    private static String mb(long kb) {
        return String.format(Locale.ROOT, "%,d MB", kb / 1024);
    }

    @Override
    public String toString() {
        return rows.toString() + notes;
    }
}
