package org.levermap.model.change;

import java.time.LocalDate;
import java.util.List;
import org.levermap.model.Project;
import org.levermap.model.Snapshot;
import org.levermap.model.assess.Assessment;

/**
 * A project over time: every snapshot, the assessment of each, and its {@link HistorySummary} (the
 * latest assessment and the changes between snapshots).
 *
 * @param summary what the site-wide pages read of it
 * @param snapshots oldest first
 * @param assessments one per snapshot, in the same order (in a history from {@link ChangeLog}, each
 *     derived again when read: read each once per use)
 */
public record ProjectHistory(HistorySummary summary, List<Snapshot> snapshots, List<Assessment> assessments) {

    public ProjectHistory {
        snapshots = List.copyOf(snapshots);
        // Derived on demand (Reassessed); any other list is copied.
        assessments = assessments instanceof Reassessed ? assessments : List.copyOf(assessments);
    }

    /** A history of these snapshots and their assessments, whose summary is made from them. */
    public static ProjectHistory of(Project project, List<Snapshot> snapshots, List<Assessment> assessments,
            Assessment latest, List<Change> changes) {
        List<LocalDate> dates = snapshots.stream().map(Snapshot::date).toList();
        Snapshot newest = snapshots.isEmpty() ? null : snapshots.get(snapshots.size() - 1);
        return new ProjectHistory(new HistorySummary(project, dates, newest, latest, changes), snapshots, assessments);
    }

    public Project project() {
        return summary.project();
    }

    /** The assessment of the newest snapshot, or of the curated levers alone without one. */
    public Assessment latest() {
        return summary.latest();
    }

    /** Every change, newest snapshot first and in rule order within a snapshot. */
    public List<Change> changes() {
        return summary.changes();
    }

    /** The newest snapshot, or null. */
    public Snapshot latestSnapshot() {
        return summary.latestSnapshot();
    }

    /** The assessment of the snapshot of {@code date}; the latest assessment when no snapshot has that date. */
    public Assessment assessmentOf(LocalDate date) {
        int i = indexOf(date);
        return i < 0 ? latest() : assessments.get(i);
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
