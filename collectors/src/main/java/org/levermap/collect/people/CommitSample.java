package org.levermap.collect.people;

import java.time.LocalDate;
import org.levermap.collect.git.History;

/**
 * The commit shares a snapshot reports: Signed-off-by trailers among the last commits (the DCO),
 * and signatures on the first-parent line in the window.
 */
public final class CommitSample {

    /** How many recent commits the DCO share is read from. */
    public static final int DCO_SAMPLE = 1000;

    private CommitSample() {
    }

    /**
     * The DCO share: of the {@link #DCO_SAMPLE} newest non-merge commits reachable from the snapshot's
     * commit (by committer date, then commit id), those with a {@code Signed-off-by:} trailer.
     *
     * @return {sampled, signed off}
     */
    public static int[] signedOff(History history, int position) {
        int sampled = 0;
        int signed = 0;
        for (int rank = 0; rank < history.size() && sampled < DCO_SAMPLE; rank++) {
            int c = history.newestFirst(rank);
            if (history.entry(c) > position || history.isMerge(c)) {
                continue;
            }
            sampled++;
            if (history.signedOff(c)) {
                signed++;
            }
        }
        return new int[] {sampled, signed};
    }

    /**
     * Signatures on the first-parent line: of its commits in the window ending on {@code date}, those signed.
     *
     * @return {commits, signed}
     */
    public static int[] signedOnLine(History history, int position, LocalDate date) {
        long from = ContributorWindow.start(date);
        long to = ContributorWindow.end(date);
        int commits = 0;
        int signed = 0;
        for (int p = position; p >= 0; p--) {
            int c = history.onLine(p);
            long t = history.time(c);
            if (t < from || t >= to) {
                continue;
            }
            commits++;
            if (history.signed(c)) {
                signed++;
            }
        }
        return new int[] {commits, signed};
    }
}
