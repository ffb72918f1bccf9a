package org.levermap.collect.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * The root trees of the first-parent line, oldest first, read from commit headers only: a quick
 * walk that lets the license be followed while the whole history is still being read.
 */
public final class FirstParentTrees {

    private FirstParentTrees() {
    }

    /** The root tree of every commit of {@code tip}'s first-parent line, oldest first. */
    public static List<ObjectId> read(ObjectReader reader, ObjectId tip) throws IOException {
        List<ObjectId> trees = new ArrayList<>();
        try (RevWalk walk = new RevWalk(reader)) {
            walk.setRetainBody(false);
            walk.setFirstParent(true);
            walk.markStart(walk.parseCommit(tip));
            // Follow the first parents exactly, whatever the dates say.
            RevCommit c = walk.parseCommit(tip);
            while (true) {
                trees.add(c.getTree().getId());
                if (c.getParentCount() == 0) {
                    break;
                }
                c = walk.parseCommit(c.getParent(0));
            }
        }
        Collections.reverse(trees);
        return trees;
    }
}
