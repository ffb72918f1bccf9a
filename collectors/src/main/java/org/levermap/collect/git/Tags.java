package org.levermap.collect.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * The tags of a repository, dated as {@code git for-each-ref --format=%(creatordate)} dates them:
 * an annotated tag by its tagger date, a lightweight tag by its commit's committer date.
 */
public final class Tags {

    private Tags() {
    }

    /**
     * One tag.
     *
     * @param name its name, without {@code refs/tags/}
     * @param time its date in seconds since the epoch, -1 when it has none
     * @param annotated whether it is a tag object (not a lightweight tag)
     * @param signed whether the tag object carries a signature
     */
    public record Tag(String name, long time, boolean annotated, boolean signed) {
    }

    /** Every tag, oldest first (undated ones first), then by name. */
    public static List<Tag> read(Repository repository, ObjectReader reader) throws IOException {
        List<Tag> tags = new ArrayList<>();
        try (RevWalk walk = new RevWalk(reader)) {
            walk.setRetainBody(true);
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
                String name = ref.getName().substring(Constants.R_TAGS.length());
                try {
                    RevObject object = walk.parseAny(ref.getObjectId());
                    if (object instanceof RevTag tag) {
                        PersonIdent tagger = tag.getTaggerIdent();
                        long time = tagger == null ? -1 : tagger.getWhenAsInstant().getEpochSecond();
                        tags.add(new Tag(name, time, true, Signatures.tagIsSigned(tag.getRawBuffer())));
                    } else if (object instanceof RevCommit commit) {
                        long time = CommitTimes.of(commit);
                        tags.add(new Tag(name, time == CommitTimes.UNDATED ? -1 : time, false, false));
                    } else {
                        tags.add(new Tag(name, -1, false, false));
                    }
                } catch (MissingObjectException e) {
                    tags.add(new Tag(name, -1, false, false));
                }
            }
        }
        tags.sort(Comparator.comparingLong(Tag::time).thenComparing(Tag::name));
        return tags;
    }
}
