package org.levermap.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void monthEndsFromTheMonthOfSinceUpToUntil() {
        assertEquals(List.of(LocalDate.parse("2024-01-31"), LocalDate.parse("2024-02-29"), LocalDate.parse("2024-03-31")),
                Period.MONTHLY.ends(LocalDate.parse("2024-01-15"), LocalDate.parse("2024-04-29")));
        assertEquals(60, Period.MONTHLY.ends(LocalDate.parse("2019-01-01"), LocalDate.parse("2023-12-31")).size());
    }

    @Test
    void quarterEndsAreCalendarQuarters() {
        assertEquals(List.of(LocalDate.parse("2024-03-31"), LocalDate.parse("2024-06-30"), LocalDate.parse("2024-09-30")),
                Period.QUARTERLY.ends(LocalDate.parse("2024-02-10"), LocalDate.parse("2024-09-30")));
        assertEquals(List.of(), Period.QUARTERLY.ends(LocalDate.parse("2024-04-01"), LocalDate.parse("2024-06-29")));
    }
}
