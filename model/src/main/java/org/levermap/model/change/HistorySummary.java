package org.levermap.model.change;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.levermap.model.Project;
import org.levermap.model.Snapshot;
import org.levermap.model.assess.Assessment;

/**
 * What the site-wide pages read of a project's history: its latest snapshot and assessment, the days
 * of its snapshots and every change. A build keeps one per project and the whole {@link ProjectHistory}
 * only of the projects whose pages are being rendered, so its heap does not grow with every snapshot;
 * a summary is also what the build caches between builds (see {@link ChangeLog}).
 *
 * @param project the project
 * @param dates the days of its snapshots, oldest first
 * @param latestSnapshot the newest snapshot (as judged), or null
 * @param latest the assessment of the newest snapshot, or of the curated levers alone without one
 * @param changes every change, newest snapshot first and in rule order within a snapshot
 */
public record HistorySummary(Project project, List<LocalDate> dates, Snapshot latestSnapshot, Assessment latest,
        List<Change> changes) {

    /** How far back from the newest change a change still counts as recent. */
    public static final int RECENT_DAYS = 365;

    public HistorySummary {
        dates = List.copyOf(dates);
        changes = List.copyOf(changes);
    }

    /** The changes a snapshot shows (those since the snapshot before it). */
    public List<Change> changesOn(LocalDate date) {
        return changes.stream().filter(c -> c.date().equals(date)).toList();
    }

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

    /** The day of the oldest snapshot, or null. */
    public LocalDate firstDate() {
        return dates.isEmpty() ? null : dates.get(0);
    }
}
