package org.levermap.collect.lineage;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One repository's first-parent line inside a {@link CommitGraph}, with which line commit brought
 * each commit in, and the head of the line as of each date.
 */
final class HistoryLine {

    private final CommitGraph graph;
    private final int[] line;
    private final int[] introducedBy;

    HistoryLine(CommitGraph graph, int head) {
        this(graph, graph.firstParentLine(head));
    }

    /** A line given oldest first, e.g. a fork's {@link CommitGraph#ownLine own line}. */
    HistoryLine(CommitGraph graph, int[] line) {
        this.graph = graph;
        this.line = line;
        this.introducedBy = graph.introducedBy(line);
    }

    /** A fork's own line against {@code upstream} (see {@link CommitGraph#ownLine}). */
    static HistoryLine own(CommitGraph graph, int head, HistoryLine upstream) {
        return new HistoryLine(graph, graph.ownLine(head, c -> upstream.introducedBy(c) >= 0));
    }

    /** The line's commits, oldest first. */
    int[] line() {
        return line.clone();
    }

    /** Position of the line's last commit. */
    int tip() {
        return line.length - 1;
    }

    /**
     * Position in the line of the head as of {@code date}: walking back from the tip, the first
     * commit committed on or before the end of that day (UTC) — what
     * {@code git rev-list -1 --first-parent --before=...} returns. -1 when there is none.
     */
    int headAsOf(LocalDate date) {
        long limit = date.plusDays(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) - 1;
        for (int pos = line.length - 1; pos >= 0; pos--) {
            if (graph.time(line[pos]) <= limit) {
                return pos;
            }
        }
        return -1;
    }

    /** Heads for several dates given in ascending order; never decreasing. */
    int[] headsAsOf(List<LocalDate> dates) {
        int[] heads = new int[dates.size()];
        for (int t = 0; t < heads.length; t++) {
            heads[t] = headAsOf(dates.get(t));
        }
        return heads;
    }

    int commitAt(int pos) {
        return line[pos];
    }

    /** Line position of the commit that brought {@code commit} in, or -1 if the line never reaches it. */
    int introducedBy(int commit) {
        return introducedBy[commit];
    }

    /** Whether {@code commit} is an ancestor of (or is) the line commit at {@code headPos}. */
    boolean reaches(int headPos, int commit) {
        int p = introducedBy[commit];
        return p >= 0 && headPos >= 0 && p <= headPos;
    }
}
