package org.levermap.model.assess;

import org.levermap.model.Keyword;

/** Whether a fork still follows its upstream. */
public enum ForkKind implements Keyword {
    /** Keeps syncing with upstream, under the same name and license family. */
    SOFT,
    /** Diverged: renamed, relicensed, or stopped syncing. */
    HARD
}
