package org.levermap.model.change;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.levermap.model.Project;
import org.levermap.model.Snapshot;
import org.levermap.model.assess.Assessment;

/**
 * A project over time: its snapshots, the assessment of each, and the changes between them.
 *
 * @param project the project
 * @param snapshots oldest first
 * @param assessments one per snapshot, in the same order (in a history from {@link ChangeLog}, each
 *     derived again when read: read each once per use)
 * @param latest the assessment of the newest snapshot, or of the curated levers alone without one
 * @param changes every change, newest snapshot first and in rule order within a snapshot
 */
public record ProjectHistory(Project project, List<Snapshot> snapshots, List<Assessment> assessments,
        Assessment latest, List<Change> changes) {

    public ProjectHistory {
        snapshots = List.copyOf(snapshots);
        // Derived again on demand rather than kept (Reassessed); any other list is copied.
        assessments = assessments instanceof Reassessed ? assessments : List.copyOf(assessments);
        changes = List.copyOf(changes);
    }

    /** The changes a snapshot shows (those since the snapshot before it). */
    public List<Change> changesOn(LocalDate date) {
        return changes.stream().filter(c -> c.date().equals(date)).toList();
    }

    /** How far back from the newest change a change still counts as recent. */
    public static final int RECENT_DAYS = 365;

    /**
     * The change a reader should see first: the most severe of the changes made within
     * {@value #RECENT_DAYS} days of the newest one, the newest among equals; null with no change. Routine
     * changes (info) never hide a notable change or an alert, such as a license change.
     */
    public Change mostSevereRecent() {
        if (changes.isEmpty()) {
            return null;
        }
        LocalDate newest = changes.stream().map(Change::date).max(Comparator.naturalOrder()).orElseThrow();
        LocalDate from = newest.minusDays(RECENT_DAYS);
        return changes.stream().filter(c -> !c.date().isBefore(from))
                .max(Comparator.comparing(Change::severity).thenComparing(Change::date)
                        .thenComparing(c -> -changes.indexOf(c)))
                .orElseThrow();
    }

    /** The newest snapshot, or null. */
    public Snapshot latestSnapshot() {
        return snapshots.isEmpty() ? null : snapshots.get(snapshots.size() - 1);
    }

    /** The assessment of the snapshot of {@code date}; the latest assessment when no snapshot has that date. */
    public Assessment assessmentOf(LocalDate date) {
        int i = indexOf(date);
        return i < 0 ? latest : assessments.get(i);
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
