package org.levermap.collect.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.MutableObjectId;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.util.RawParseUtils;

/**
 * The root trees of the first-parent line, oldest first, read from commit headers only: a quick
 * walk that lets the license be followed while the whole history is still being read.
 */
public final class FirstParentTrees {

    private static final byte[] PARENT = Constants.encodeASCII("parent ");
    // "tree " and 40 hex digits and a line feed.
    private static final int FIRST_PARENT = 46;

    private FirstParentTrees() {
    }

    /**
     * The root tree of every commit of {@code tip}'s first-parent line, oldest first. Only the first two
     * lines of each commit are read, by hand: a commit always begins with its tree, then its parents
     * (git fsck refuses any other order). A RevWalk would also parse the dates and keep every commit,
     * tree and parent in its table: a third of the license thread's time at the start of a collect.
     */
    public static List<ObjectId> read(ObjectReader reader, ObjectId tip) throws IOException {
        List<ObjectId> trees = new ArrayList<>();
        // A shallow clone's boundary commits keep their parents' ids, but not the parents.
        Set<ObjectId> shallow = reader.getShallowCommits();
        MutableObjectId at = new MutableObjectId();
        try (RevWalk walk = new RevWalk(reader)) {
            // Through the walk: the tip may be a tag to peel.
            RevCommit first = walk.parseCommit(tip);
            at.fromObjectId(first);
        }
        while (true) {
            byte[] raw = reader.open(at, Constants.OBJ_COMMIT).getCachedBytes();
            if (raw.length < FIRST_PARENT || raw[FIRST_PARENT - 1] != '\n') {
                throw new CorruptObjectException(at, "a commit that does not begin with its tree");
            }
            trees.add(ObjectId.fromString(raw, 5));
            int parent = RawParseUtils.match(raw, FIRST_PARENT, PARENT);
            if (shallow.contains(at) || parent < 0 || raw.length < parent + Constants.OBJECT_ID_STRING_LENGTH) {
                break;
            }
            at.fromString(raw, parent);
        }
        Collections.reverse(trees);
        return trees;
    }
}
