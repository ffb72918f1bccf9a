package org.levermap.collect.lineage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which upstream commits each merge of a fork's own line brought in, counted while the commit graph
 * is passed over once: the syncs. Upstream is what upstream's tip reaches.
 */
final class Brought {

    private final CommitGraph graph;
    private final HistoryLine fork;
    private final HistoryLine upstream;
    private final int[] count;
    private final int[] newest;

    Brought(CommitGraph graph, HistoryLine fork, HistoryLine upstream) {
        this.graph = graph;
        this.fork = fork;
        this.upstream = upstream;
        this.count = new int[fork.tip() + 1];
        this.newest = new int[fork.tip() + 1];
        Arrays.fill(newest, -1);
    }

    /** Counts {@code commit} for the own-line position that brought it, when it is upstream's. */
    void count(int commit) {
        int pos = fork.introducedBy(commit);
        if (pos < 0 || upstream.introducedBy(commit) < 0) {
            return;
        }
        count[pos]++;
        if (newest[pos] == -1 || graph.time(commit) > graph.time(newest[pos])) {
            newest[pos] = commit;
        }
    }

    /**
     * The merges of the own line that are not upstream's and brought upstream commits, oldest
     * first. Before the fork point every line commit is upstream's, so none of them counts.
     */
    List<ForkSync> syncs() {
        List<ForkSync> syncs = new ArrayList<>();
        for (int pos = 0; pos <= fork.tip(); pos++) {
            int c = fork.commitAt(pos);
            if (count[pos] == 0 || !graph.isMerge(c) || upstream.introducedBy(c) >= 0) {
                continue;
            }
            syncs.add(new ForkSync(graph.id(c), graph.time(c), graph.id(merged(c, pos)), count[pos]));
        }
        return syncs;
    }

    /** The upstream parent the merge at {@code pos} took in (the newest, if several); else the newest commit it brought. */
    private int merged(int merge, int pos) {
        int best = -1;
        for (int p : graph.parents(merge)) {
            if (fork.introducedBy(p) == pos && upstream.introducedBy(p) >= 0
                    && (best == -1 || graph.time(p) > graph.time(best))) {
                best = p;
            }
        }
        return best == -1 ? newest[pos] : best;
    }
}
