package org.levermap.collect;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** How often a backfill writes a snapshot: at the end of every month, or of every quarter. */
public enum Period {
    MONTHLY(1),
    QUARTERLY(3);

    private final int months;

    Period(int months) {
        this.months = months;
    }

    /**
     * The last day of every period from the one holding {@code since} up to {@code until}
     * (inclusive), oldest first. Quarters are calendar quarters.
     */
    public List<LocalDate> ends(LocalDate since, LocalDate until) {
        List<LocalDate> ends = new ArrayList<>();
        YearMonth month = YearMonth.from(since);
        int offset = (month.getMonthValue() - 1) % months;
        YearMonth last = month.plusMonths(months - 1L - offset);
        while (true) {
            LocalDate end = last.atEndOfMonth();
            if (end.isAfter(until)) {
                return ends;
            }
            ends.add(end);
            last = last.plusMonths(months);
        }
    }
}
