package org.levermap.model.lineage;

import org.levermap.model.Keyword;

/** Whether a fork still follows its upstream. */
public enum ForkKind implements Keyword {
    /** Keeps syncing with upstream, under the same name and license. */
    SOFT,
    /** Renamed, relicensed, or no longer syncing: an independent project. */
    HARD
}
