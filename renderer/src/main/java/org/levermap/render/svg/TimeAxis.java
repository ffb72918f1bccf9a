package org.levermap.render.svg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Maps days onto a horizontal span of pixels, with ticks at years or months depending on the range. */
final class TimeAxis {

    private final long first;
    private final long last;
    private final double left;
    private final double width;

    TimeAxis(LocalDate first, LocalDate last, double left, double width) {
        this.first = first.toEpochDay();
        this.last = Math.max(last.toEpochDay(), this.first + 1);
        this.left = left;
        this.width = width;
    }

    double x(LocalDate day) {
        return left + width * (day.toEpochDay() - first) / (double) (last - first);
    }

    /** Tick days: month starts every 1, 3, 12, 24 or 60 months, the finest step giving at most 8 ticks. */
    List<LocalDate> ticks() {
        LocalDate start = LocalDate.ofEpochDay(first);
        LocalDate end = LocalDate.ofEpochDay(last);
        for (int step : new int[] {1, 3, 12, 24, 60, 120}) {
            List<LocalDate> ticks = new ArrayList<>();
            for (LocalDate t = start.withDayOfMonth(1); !t.isAfter(end); t = t.plusMonths(1)) {
                int months = t.getYear() * 12 + t.getMonthValue() - 1;
                if (months % step == 0 && !t.isBefore(start)) {
                    ticks.add(t);
                }
            }
            if (ticks.size() <= 8) {
                return ticks;
            }
        }
        return List.of(start, end);
    }

    /** How a tick is labelled: the year for year ticks, else year-month. */
    static String label(LocalDate tick, List<LocalDate> ticks) {
        boolean yearly = ticks.stream().allMatch(t -> t.getMonthValue() == 1);
        return yearly ? String.valueOf(tick.getYear()) : tick.toString().substring(0, 7);
    }

    /** Draws the ticks as grid lines from {@code top} to {@code bottom}, labelled below. */
    void draw(Svg svg, double top, double bottom) {
        List<LocalDate> ticks = ticks();
        for (LocalDate t : ticks) {
            double x = x(t);
            svg.empty("line", "class", "grid", "x1", x, "x2", x, "y1", top, "y2", bottom);
            // Labels at the ends are anchored inwards so that they are not cut off.
            String anchor = x - left < 24 ? "start" : left + width - x < 24 ? "end" : "middle";
            svg.text("text", label(t, ticks), "class", "tick", "x", x, "y", bottom + 14, "text-anchor", anchor);
        }
    }
}
