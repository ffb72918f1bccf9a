package org.levermap.collect.git;

import java.util.List;
import org.eclipse.jgit.lib.ObjectId;

/**
 * What one walk reads of every commit, before anything is derived from it: what {@link History} is
 * built from, and what {@link HistoryIndex} keeps between runs. Commits are numbered so that a
 * commit comes before its parents (a walk's order); dates are as read, {@link CommitTimes#UNDATED}
 * included, so that the rule for undated commits is applied to the whole history each time.
 *
 * @param ids commit ids
 * @param trees their root trees
 * @param parents their parents' numbers, first parent first
 * @param times their dates as read (epoch seconds, or {@link CommitTimes#UNDATED})
 * @param authors their authors' numbers in {@code idents}, -1 when not read
 * @param committers their committers' numbers in {@code idents}, -1 when not read
 * @param flags {@link History#MERGE}, {@link History#SIGNED_OFF}, {@link History#SIGNED}
 * @param idents names and e-mails as recorded (before .mailmap)
 * @param tip the number of the tip
 * @param identitiesSince identities were read for commits dated at or after this (and undated ones)
 */
record CommitTable(ObjectId[] ids, ObjectId[] trees, int[][] parents, long[] times, int[] authors,
        int[] committers, byte[] flags, List<Mailmap.Ident> idents, int tip, long identitiesSince) {

    int size() {
        return ids.length;
    }
}
