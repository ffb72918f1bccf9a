package org.levermap.collect.lineage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.levermap.collect.git.CommitTimes;

/**
 * Every commit reachable from some heads, loaded once into arrays (parents by index, committer
 * time), so that several histories can be compared in one pass instead of one walk per question.
 */
final class CommitGraph {

    private final List<ObjectId> ids = new ArrayList<>();
    private final Map<AnyObjectId, Integer> index = new HashMap<>();
    private int[][] parents;
    private long[] time;

    private CommitGraph() {
    }

    /** Loads every commit reachable from {@code heads} in {@code repo}. */
    static CommitGraph load(Repository repo, Collection<? extends AnyObjectId> heads) throws IOException {
        CommitGraph graph = new CommitGraph();
        List<RevCommit> commits = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repo)) {
            walk.setRetainBody(false);
            for (AnyObjectId head : heads) {
                walk.markStart(walk.parseCommit(head));
            }
            for (RevCommit c : walk) {
                graph.index.put(c.copy(), commits.size());
                graph.ids.add(c.copy());
                commits.add(c);
            }
        }
        int n = commits.size();
        graph.parents = new int[n][];
        graph.time = new long[n];
        for (int i = 0; i < n; i++) {
            graph.put(i, commits.get(i));
        }
        return graph;
    }

    /**
     * The commits of a history read already, with the commits of {@code upstreamTip} the history
     * lacks: only those are read, walking back from the tip until the history is reached, so a fork's
     * history serves its comparison with upstream without being walked again.
     *
     * @param repo a repository that holds the objects of both (see {@link ForkWorkspace})
     */
    static CommitGraph extend(org.levermap.collect.git.History history, Repository repo, AnyObjectId upstreamTip)
            throws IOException {
        CommitGraph graph = new CommitGraph();
        int known = history.size();
        for (int i = 0; i < known; i++) {
            ObjectId id = history.id(i);
            graph.index.put(id, i);
            graph.ids.add(id);
        }
        List<RevCommit> added = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repo)) {
            walk.setRetainBody(false);
            java.util.ArrayDeque<RevCommit> pending = new java.util.ArrayDeque<>();
            if (!graph.index.containsKey(upstreamTip)) {
                pending.add(walk.parseCommit(upstreamTip));
            }
            while (!pending.isEmpty()) {
                RevCommit c = pending.poll();
                if (graph.index.containsKey(c)) {
                    continue;
                }
                graph.index.put(c.copy(), known + added.size());
                graph.ids.add(c.copy());
                added.add(c);
                for (RevCommit p : c.getParents()) {
                    if (!graph.index.containsKey(p)) {
                        walk.parseHeaders(p);
                        pending.add(p);
                    }
                }
            }
        }
        int n = known + added.size();
        graph.parents = new int[n][];
        graph.time = new long[n];
        for (int i = 0; i < known; i++) {
            graph.parents[i] = history.parents(i);
            graph.time[i] = history.time(i);
        }
        for (int i = 0; i < added.size(); i++) {
            graph.put(known + i, added.get(i));
        }
        return graph;
    }

    int size() {
        return ids.size();
    }

    int indexOf(AnyObjectId id) {
        Integer i = index.get(id);
        if (i == null) {
            throw new IllegalArgumentException("commit " + id.name() + " is not in the graph");
        }
        return i;
    }

    /** Index of {@code id}, or null when it is not in the graph. */
    Integer find(AnyObjectId id) {
        return index.get(id);
    }

    ObjectId id(int commit) {
        return ids.get(commit);
    }

    boolean isMerge(int commit) {
        return parents[commit].length > 1;
    }

    /**
     * Records commit {@code c} at position {@code i}: its parents' positions and its date, read as 64 bits
     * ({@link CommitTimes}; JGit's int wraps past 2038), JGit's value where no header has a date.
     */
    private void put(int i, RevCommit c) {
        int[] p = new int[c.getParentCount()];
        for (int k = 0; k < p.length; k++) {
            p[k] = index.get(c.getParent(k));
        }
        parents[i] = p;
        long t = CommitTimes.of(c);
        time[i] = t == CommitTimes.UNDATED ? c.getCommitTime() : t;
    }

    /** Committer time, seconds since the epoch. */
    long time(int commit) {
        return time[commit];
    }

    /** The first-parent line from {@code head} back to its root, oldest first. */
    int[] firstParentLine(int head) {
        return ownLine(head, c -> false);
    }

    /**
     * A fork's own line from {@code head} back to its root, oldest first: the first-parent line,
     * except that at a merge whose first parent is upstream's and another parent is not, the line
     * follows that other parent. A merging-rebase ("Start the merging-rebase to v2.x" in Git for
     * Windows) has the upstream release as its first parent and the fork's previous tip as its
     * second; following first parents there would lose the fork's own history in upstream's.
     *
     * @param upstream whether a commit is upstream's
     */
    int[] ownLine(int head, java.util.function.IntPredicate upstream) {
        List<Integer> line = new ArrayList<>();
        for (int c = head; ; c = ownParent(c, upstream)) {
            line.add(c);
            if (parents[c].length == 0) {
                break;
            }
        }
        int[] result = new int[line.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = line.get(result.length - 1 - i);
        }
        return result;
    }

    private int ownParent(int commit, java.util.function.IntPredicate upstream) {
        int[] p = parents[commit];
        if (upstream.test(p[0]) && !upstream.test(commit)) {
            for (int k = 1; k < p.length; k++) {
                if (!upstream.test(p[k])) {
                    return p[k];
                }
            }
        }
        return p[0];
    }

    /** Parents of {@code commit}, first parent first. */
    int[] parents(int commit) {
        return parents[commit];
    }

    /**
     * For every commit, the position in {@code line} (oldest first) of the first-parent commit
     * that brought it into the line's history, or -1 for commits the line never reaches. One pass:
     * each commit is visited once, because a walk stops at commits an older line commit brought in.
     */
    int[] introducedBy(int[] line) {
        int[] intro = new int[size()];
        java.util.Arrays.fill(intro, -1);
        int[] stack = new int[size()];
        for (int pos = 0; pos < line.length; pos++) {
            int top = 0;
            if (intro[line[pos]] == -1) {
                intro[line[pos]] = pos;
                stack[top++] = line[pos];
            }
            while (top > 0) {
                int c = stack[--top];
                for (int p : parents[c]) {
                    if (intro[p] == -1) {
                        intro[p] = pos;
                        stack[top++] = p;
                    }
                }
            }
        }
        return intro;
    }
}
