package org.levermap.collect.git;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Brings a table read earlier up to a newer tip by reading only the commits it lacks: a walk from the
 * new tip that leaves out what the old tip reaches, whose commits are put in front of those of the old
 * table that the new tip still reaches. When the old tip is an ancestor of the new one, that is all of
 * them; after a rewrite of history, only those the new commits lead to.
 */
final class HistoryUpdate {

    private HistoryUpdate() {
    }

    /**
     * The table of every commit reachable from {@code tip}, numbered new commits first (in walk order),
     * then the old table's in their order: a commit still comes before its parents.
     *
     * @return null when a commit read now has a parent that is neither read now nor in {@code old} (an
     *     old table that is not complete, which a caller answers with a full walk)
     */
    static CommitTable extend(ObjectReader reader, CommitTable old, ObjectId tip, LongConsumer progress)
            throws IOException {
        Map<ObjectId, Integer> oldNumbers = new HashMap<>(old.size() * 4 / 3 + 1);
        for (int i = 0; i < old.size(); i++) {
            oldNumbers.put(old.ids()[i], i);
        }
        HistoryWalker.Read read = HistoryWalker.read(reader, tip, old.ids()[old.tip()], old.identitiesSince(),
                new ArrayList<>(old.idents()), progress);
        // With skewed dates a walk can return a commit that the old tip reaches: it is an old one.
        List<HistoryWalker.NumberedCommit> commits = read.commits();
        int[] newNumber = new int[commits.size()];
        int fresh = 0;
        for (int i = 0; i < commits.size(); i++) {
            newNumber[i] = oldNumbers.containsKey(commits.get(i)) ? -1 : fresh++;
        }
        boolean[] reached = new boolean[old.size()];
        ArrayDeque<Integer> pending = new ArrayDeque<>();
        int[][] newParents = new int[fresh][];
        for (int i = 0; i < commits.size(); i++) {
            if (newNumber[i] < 0) {
                continue;
            }
            RevCommit c = commits.get(i);
            int[] ps = new int[c.getParentCount()];
            for (int k = 0; k < ps.length; k++) {
                HistoryWalker.NumberedCommit p = (HistoryWalker.NumberedCommit) c.getParent(k);
                if (p.number >= 0 && newNumber[p.number] >= 0) {
                    ps[k] = newNumber[p.number];
                } else {
                    Integer o = oldNumbers.get(p);
                    if (o == null) {
                        return null;
                    }
                    ps[k] = -1 - o; // an old commit, renumbered below
                    pending.push(o);
                }
            }
            newParents[newNumber[i]] = ps;
        }
        int tipNumber;
        if (read.tip().number >= 0 && newNumber[read.tip().number] >= 0) {
            tipNumber = newNumber[read.tip().number];
        } else {
            Integer o = oldNumbers.get(read.tip());
            if (o == null) {
                return null;
            }
            tipNumber = -1 - o;
            pending.push(o);
        }
        while (!pending.isEmpty()) {
            int o = pending.pop();
            if (!reached[o]) {
                reached[o] = true;
                for (int p : old.parents()[o]) {
                    pending.push(p);
                }
            }
        }
        int[] oldToCombined = new int[old.size()];
        int size = fresh;
        for (int o = 0; o < old.size(); o++) {
            oldToCombined[o] = reached[o] ? size++ : -1;
        }
        return combine(read, newNumber, newParents, old, oldToCombined, size,
                tipNumber >= 0 ? tipNumber : oldToCombined[-1 - tipNumber]);
    }

    private static CommitTable combine(HistoryWalker.Read read, int[] newNumber, int[][] newParents, CommitTable old,
            int[] oldToCombined, int size, int tip) {
        ObjectId[] ids = new ObjectId[size];
        ObjectId[] trees = new ObjectId[size];
        int[][] parents = new int[size][];
        long[] times = new long[size];
        int[] authors = new int[size];
        int[] committers = new int[size];
        byte[] flags = new byte[size];
        for (int i = 0; i < newNumber.length; i++) {
            int n = newNumber[i];
            if (n < 0) {
                continue;
            }
            RevCommit c = read.commits().get(i);
            ids[n] = c;
            trees[n] = c.getTree();
            int[] ps = newParents[n];
            for (int k = 0; k < ps.length; k++) {
                if (ps[k] < 0) {
                    ps[k] = oldToCombined[-1 - ps[k]];
                }
            }
            parents[n] = ps;
            times[n] = read.times()[i];
            authors[n] = read.authors()[i];
            committers[n] = read.committers()[i];
            flags[n] = read.flags()[i];
        }
        for (int o = 0; o < oldToCombined.length; o++) {
            int n = oldToCombined[o];
            if (n < 0) {
                continue;
            }
            ids[n] = old.ids()[o];
            trees[n] = old.trees()[o];
            int[] ps = old.parents()[o].clone();
            for (int k = 0; k < ps.length; k++) {
                ps[k] = oldToCombined[ps[k]];
            }
            parents[n] = ps;
            times[n] = old.times()[o];
            authors[n] = old.authors()[o];
            committers[n] = old.committers()[o];
            flags[n] = old.flags()[o];
        }
        return new CommitTable(ids, trees, parents, times, authors, committers, flags, read.idents(), tip,
                old.identitiesSince());
    }
}
