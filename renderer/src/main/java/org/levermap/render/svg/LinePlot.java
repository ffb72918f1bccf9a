package org.levermap.render.svg;

import java.time.LocalDate;
import java.util.List;

/** The parts the line charts share: one series as a line with a dot per point, and a legend entry. */
final class LinePlot {

    private LinePlot() {
    }

    /**
     * Draws one series: a polyline through the points (when there are two or more) and a dot per
     * point carrying its own title, so every value can be read by pointing at it.
     */
    static void series(Svg svg, TimeAxis axis, List<LocalDate> dates, double[] ys, String cls, List<String> titles) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < dates.size(); i++) {
            path.append(i == 0 ? "" : " ").append(Svg.number(axis.x(dates.get(i)))).append(',')
                    .append(Svg.number(ys[i]));
        }
        if (dates.size() > 1) {
            svg.empty("polyline", "class", "line " + cls, "points", path.toString());
        }
        for (int i = 0; i < dates.size(); i++) {
            svg.open("circle", "class", "dot " + cls, "cx", axis.x(dates.get(i)), "cy", ys[i], "r", 3.0);
            svg.text("title", titles.get(i));
            svg.close("circle");
        }
    }

    /** A legend entry at the top of a chart: a short stroke in the series' class, then its label. */
    static void legend(Svg svg, double x, String lineClass, String label) {
        svg.empty("line", "class", lineClass, "x1", x, "x2", x + 18, "y1", 11.0, "y2", 11.0);
        svg.text("text", label, "class", "legend", "x", x + 24, "y", 15.0);
    }
}
