package org.levermap.render.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeAxisTest {

    @Test
    void mapsDaysLinearly() {
        TimeAxis axis = new TimeAxis(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 11), 100, 50);
        assertEquals(100.0, axis.x(LocalDate.of(2020, 1, 1)));
        assertEquals(125.0, axis.x(LocalDate.of(2020, 1, 6)));
    }

    @Test
    void ticksAreYearsOverLongRangesAndMonthsOverShortOnes() {
        List<LocalDate> years = new TimeAxis(LocalDate.of(2018, 3, 1), LocalDate.of(2024, 2, 1), 0, 100).ticks();
        assertEquals(LocalDate.of(2019, 1, 1), years.get(0));
        assertTrue(years.size() <= 8);
        assertEquals("2019", TimeAxis.label(years.get(0), years));
        List<LocalDate> months = new TimeAxis(LocalDate.of(2023, 5, 31), LocalDate.of(2023, 9, 30), 0, 100).ticks();
        assertEquals(List.of(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 7, 1), LocalDate.of(2023, 8, 1),
                LocalDate.of(2023, 9, 1)), months);
        assertEquals("2023-06", TimeAxis.label(months.get(0), months));
    }
}
