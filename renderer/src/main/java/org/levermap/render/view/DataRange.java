package org.levermap.render.view;

import java.time.LocalDate;
import java.util.List;
import org.levermap.model.Snapshot;
import org.levermap.model.repo.DataRepository;

/**
 * How current the data of a whole repository is. Projects are collected at different times, so one date
 * would overstate it: the range runs from the project whose newest snapshot is oldest to the newest snapshot
 * of all, and the projects without any snapshot are counted apart.
 *
 * @param from the oldest of the projects' newest snapshot dates, or null without any snapshot
 * @param to the newest snapshot date of all, or null without any snapshot
 * @param curatedOnly how many projects have no snapshot (their pages show curated facts only)
 */
public record DataRange(LocalDate from, LocalDate to, int curatedOnly) {

    /** The range of {@code repo}'s snapshots. */
    public static DataRange of(DataRepository repo) {
        LocalDate from = null;
        LocalDate to = null;
        int curatedOnly = 0;
        for (String id : repo.projects().keySet()) {
            List<Snapshot> list = repo.snapshotsOf(id);
            if (list.isEmpty()) {
                curatedOnly++;
                continue;
            }
            LocalDate newest = list.get(list.size() - 1).date();
            from = from == null || newest.isBefore(from) ? newest : from;
            to = to == null || newest.isAfter(to) ? newest : to;
        }
        return new DataRange(from, to, curatedOnly);
    }
}
