package org.levermap.collect.git;

import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.util.RawParseUtils;

/**
 * A commit's date, in epoch seconds, read from its raw text. JGit's {@code getCommitTime()} is an
 * {@code int}: a commit dated 2100-01-01 wraps to 1963, and an unreadable committer line reads as 0
 * (1970-01-01). The rule here: the committer's date; when that line cannot be read, the author's;
 * when neither can, {@link #UNDATED}, which {@link HistoryWalker} replaces by the newest date of the
 * commit's parents (a commit is made after them).
 */
public final class CommitTimes {

    /** Neither the committer nor the author line has a readable date. */
    public static final long UNDATED = Long.MIN_VALUE;

    /** Longer runs of digits than this would overflow a long; no real date comes near it. */
    private static final int MAX_DIGITS = 15;

    private CommitTimes() {
    }

    /** The commit's date (its body must still be held); {@link #UNDATED} when no header line has one. */
    public static long of(RevCommit commit) {
        byte[] raw = commit.getRawBuffer();
        if (raw == null) {
            return commit.getCommitTime(); // body dropped: only JGit's parsed value is left
        }
        long committer = time(raw, RawParseUtils.committer(raw, 0));
        return committer != UNDATED ? committer : time(raw, RawParseUtils.author(raw, 0));
    }

    /** The date of the ident starting at {@code start} ("Name <email> SECONDS +ZONE"), or UNDATED. */
    static long time(byte[] raw, int start) {
        if (start < 0) {
            return UNDATED;
        }
        int end = RawParseUtils.nextLF(raw, start) - 1; // the newline itself is not part of the line
        int close = -1;
        for (int i = start; i < end; i++) {
            if (raw[i] == '>') {
                close = i;
            }
        }
        if (close < 0) {
            return UNDATED;
        }
        int i = close + 1;
        while (i < end && raw[i] == ' ') {
            i++;
        }
        int digits = i;
        long seconds = 0;
        while (i < end && raw[i] >= '0' && raw[i] <= '9' && i - digits < MAX_DIGITS) {
            seconds = seconds * 10 + (raw[i] - '0');
            i++;
        }
        boolean ends = i == end || raw[i] == ' ' || raw[i] == '\n';
        return i > digits && ends ? seconds : UNDATED;
    }
}
