package org.levermap.collect.git;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * A commit's committer instant with the offset it was recorded in ({@code 2024-03-20T14:05:11+01:00}):
 * the 64-bit date {@link CommitTimes} reads, with the committer's own offset. Read for the few
 * commits a snapshot names (license changes, fork points, syncs), not for a whole walk.
 */
public final class CommitInstant {

    private CommitInstant() {
    }

    /** The committer instant of {@code commit}; null when its header has no readable date. */
    public static OffsetDateTime of(ObjectReader reader, AnyObjectId commit) throws IOException {
        try (RevWalk walk = new RevWalk(reader)) {
            RevCommit c = walk.parseCommit(commit);
            long seconds = CommitTimes.of(c);
            if (seconds == CommitTimes.UNDATED) {
                return null;
            }
            PersonIdent committer = c.getCommitterIdent();
            ZoneOffset offset = committer == null ? ZoneOffset.UTC : committer.getZoneOffset();
            return OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds), offset);
        }
    }
}
