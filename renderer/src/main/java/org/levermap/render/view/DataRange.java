package org.levermap.render.view;

import java.time.LocalDate;
import java.util.Collection;
import org.levermap.model.change.HistorySummary;

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

    /** The range of the snapshots of the projects {@code summaries} sum up. */
    public static DataRange of(Collection<HistorySummary> summaries) {
        LocalDate from = null;
        LocalDate to = null;
        int curatedOnly = 0;
        for (HistorySummary h : summaries) {
            if (h.dates().isEmpty()) {
                curatedOnly++;
                continue;
            }
            LocalDate newest = h.dates().get(h.dates().size() - 1);
            from = from == null || newest.isBefore(from) ? newest : from;
            to = to == null || newest.isAfter(to) ? newest : to;
        }
        return new DataRange(from, to, curatedOnly);
    }
}
