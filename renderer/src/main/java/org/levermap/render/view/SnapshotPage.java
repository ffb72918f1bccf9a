package org.levermap.render.view;

import java.util.List;

/**
 * {@code projects/<id>/<date>.html}: one snapshot, a permanent citable page.
 *
 * @param snapshot what was observed
 * @param assessment what levermap concludes from it
 * @param levers the curated levers as of that day
 * @param changes the changes since the snapshot before
 * @param previous the snapshot before, or null
 * @param next the snapshot after, or null
 * @param latest whether this is the newest snapshot
 */
public record SnapshotPage(SnapshotView snapshot, AssessmentView assessment, List<LeverView> levers,
        List<ChangeView> changes, Ref previous, Ref next, boolean latest) {
}
