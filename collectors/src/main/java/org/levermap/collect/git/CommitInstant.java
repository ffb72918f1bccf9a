package org.levermap.collect.git;

import java.io.IOException;
import java.time.OffsetDateTime;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * A commit's committer instant with the offset it was recorded in ({@code 2024-03-20T14:05:11+01:00}),
 * read from the full 64-bit time of the commit header rather than the walk's int seconds. Read for
 * the few commits a snapshot names (license changes, fork points, syncs), not for a whole walk.
 */
public final class CommitInstant {

    private CommitInstant() {
    }

    /** The committer instant of {@code commit}. */
    public static OffsetDateTime of(ObjectReader reader, AnyObjectId commit) throws IOException {
        try (RevWalk walk = new RevWalk(reader)) {
            PersonIdent committer = walk.parseCommit(commit).getCommitterIdent();
            return OffsetDateTime.ofInstant(committer.getWhenAsInstant(), committer.getZoneOffset());
        }
    }
}
