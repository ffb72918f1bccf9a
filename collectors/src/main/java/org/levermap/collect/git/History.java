package org.levermap.collect.git;

import java.util.List;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Every commit reachable from the tip of the default branch, read in one walk, with what the
 * collectors need of each: dates, identities, whether it is a merge, carries a {@code
 * Signed-off-by:} trailer or a signature, and through which commit of the first-parent line it
 * entered the branch. Commits are numbered in walk order; positions on the first-parent line are
 * numbered from the oldest (0) to the tip.
 */
public final class History {

    static final byte MERGE = 1;
    static final byte SIGNED_OFF = 2;
    static final byte SIGNED = 4;

    private final ObjectId[] ids;
    private final ObjectId[] trees;
    private final int[][] parents;
    private final long[] times;
    private final int[] entries;
    private final int[] authors;
    private final int[] committers;
    private final byte[] flags;
    private final List<Mailmap.Ident> idents;
    private final int[] line;
    private final boolean[][] foreignSides;
    private final int[] newestFirst;

    History(ObjectId[] ids, ObjectId[] trees, int[][] parents, long[] times, int[] entries, int[] authors,
            int[] committers, byte[] flags, List<Mailmap.Ident> idents, int[] line, boolean[][] foreignSides) {
        this.ids = ids;
        this.trees = trees;
        this.parents = parents;
        this.times = times;
        this.entries = entries;
        this.authors = authors;
        this.committers = committers;
        this.flags = flags;
        this.idents = idents;
        this.line = line;
        this.foreignSides = foreignSides;
        this.newestFirst = newestFirst(ids, times);
    }

    /**
     * The same commits along another line from the root to the same tip, oldest first: a fork's own
     * line, which leaves the first-parent line at each merging-rebase (whose first parent is the
     * upstream release) to follow the fork's previous tip. Nothing is read again.
     *
     * @param line commit numbers, oldest first, each a parent of the next, ending at the tip
     */
    public History alongLine(int[] line) {
        if (line.length == 0 || line[line.length - 1] != this.line[this.line.length - 1]) {
            throw new IllegalArgumentException("a line must end at the tip");
        }
        int[] newEntries = new int[ids.length];
        java.util.Arrays.fill(newEntries, -1);
        boolean[][] foreign = new boolean[line.length][];
        HistoryWalker.assignEntries(line, parents, newEntries, foreign);
        return new History(ids, trees, parents, times, newEntries, authors, committers, flags, idents, line.clone(),
                foreign);
    }

    /** Commit numbers by committer date, newest first; equal dates by commit id. */
    private static int[] newestFirst(ObjectId[] ids, long[] times) {
        Integer[] order = new Integer[ids.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int byTime = Long.compare(times[b], times[a]);
            return byTime != 0 ? byTime : ids[a].compareTo(ids[b]);
        });
        int[] out = new int[order.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = order[i];
        }
        return out;
    }

    /** The commit numbers ordered by committer date, newest first, equal dates by commit id. */
    public int newestFirst(int rank) {
        return newestFirst[rank];
    }

    /** The rank in {@link #newestFirst(int)} of the first commit committed before {@code time} (exclusive bound). */
    public int firstRankBefore(long time) {
        int lo = 0;
        int hi = newestFirst.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[newestFirst[mid]] >= time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Number of commits. */
    public int size() {
        return ids.length;
    }

    /** The full id of the commit numbered {@code i}. */
    public ObjectId id(int i) {
        return ids[i];
    }

    /** Its root tree. */
    public ObjectId tree(int i) {
        return trees[i];
    }

    /** Its parents' numbers, first parent first. */
    public int[] parents(int i) {
        return parents[i];
    }

    /** Its committer date, in seconds since the epoch. */
    public long time(int i) {
        return times[i];
    }

    /** The first-parent position through which commit {@code i} entered the branch. */
    public int entry(int i) {
        return entries[i];
    }

    /** Whether it has more than one parent. */
    public boolean isMerge(int i) {
        return (flags[i] & MERGE) != 0;
    }

    /** Whether its message has a {@code Signed-off-by:} trailer, as git parses trailers. */
    public boolean signedOff(int i) {
        return (flags[i] & SIGNED_OFF) != 0;
    }

    /** Whether it carries a signature (gpgsig header). */
    public boolean signed(int i) {
        return (flags[i] & SIGNED) != 0;
    }

    /**
     * Its author's name and e-mail as recorded (before .mailmap).
     *
     * @throws IllegalStateException for a commit older than the walk read identities for
     */
    public Mailmap.Ident author(int i) {
        return ident(authors[i], i);
    }

    /** Its committer's name and e-mail as recorded. */
    public Mailmap.Ident committer(int i) {
        return ident(committers[i], i);
    }

    private Mailmap.Ident ident(int number, int commit) {
        if (number < 0) {
            throw new IllegalStateException("the identities of " + id(commit).name() + " were not read");
        }
        return idents.get(number);
    }

    /** The root trees of the first-parent line, oldest first, as {@link FirstParentTrees} reads them. */
    public List<ObjectId> lineTrees() {
        List<ObjectId> out = new java.util.ArrayList<>(line.length);
        for (int c : line) {
            out.add(trees[c]);
        }
        return out;
    }

    /** Number of commits on the first-parent line. */
    public int lineLength() {
        return line.length;
    }

    /** The commit at first-parent position {@code p} (0 is the oldest). */
    public int onLine(int p) {
        return line[p];
    }

    /** The first-parent position of the tip. */
    public int tipPosition() {
        return line.length - 1;
    }

    /**
     * Whether parent {@code side} (1 or more) of the merge at position {@code p} brought in a history
     * of its own, sharing no commit with the branch: a foreign repository merged in (a subtree).
     */
    public boolean isForeignSide(int p, int side) {
        boolean[] sides = foreignSides[p];
        return sides != null && side < sides.length && sides[side];
    }

    /** The position of the last commit of the first-parent line committed at or before {@code time}, or -1. */
    public int positionAt(long time) {
        for (int p = line.length - 1; p >= 0; p--) {
            if (times[line[p]] <= time) {
                return p;
            }
        }
        return -1;
    }
}
