package org.levermap.model.change;

import java.time.LocalDate;
import java.util.List;
import org.levermap.model.Project;
import org.levermap.model.Snapshot;
import org.levermap.model.assess.Assessment;

/**
 * A project over time: its snapshots, the assessment of each, and the changes between them.
 *
 * @param project the project
 * @param snapshots oldest first
 * @param assessments one per snapshot, in the same order
 * @param latest the assessment of the newest snapshot, or of the curated levers alone without one
 * @param changes every change, newest snapshot first and in rule order within a snapshot
 */
public record ProjectHistory(Project project, List<Snapshot> snapshots, List<Assessment> assessments,
        Assessment latest, List<Change> changes) {

    public ProjectHistory {
        snapshots = List.copyOf(snapshots);
        assessments = List.copyOf(assessments);
        changes = List.copyOf(changes);
    }

    /** The changes a snapshot shows (those since the snapshot before it). */
    public List<Change> changesOn(LocalDate date) {
        return changes.stream().filter(c -> c.date().equals(date)).toList();
    }

    /** The newest snapshot, or null. */
    public Snapshot latestSnapshot() {
        return snapshots.isEmpty() ? null : snapshots.get(snapshots.size() - 1);
    }

    /** The index of the snapshot of {@code date}, or -1. */
    public int indexOf(LocalDate date) {
        for (int i = 0; i < snapshots.size(); i++) {
            if (snapshots.get(i).date().equals(date)) {
                return i;
            }
        }
        return -1;
    }
}
