package org.levermap.render.svg;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.levermap.render.view.Html;

/**
 * Concentration over time as a line chart: the largest organisation's and the largest author's share
 * of commits at each snapshot, with the 50% line that the change log watches.
 */
public final class ConcentrationChart {

    /**
     * One snapshot's figures.
     *
     * @param date the snapshot date
     * @param organisation the largest organisation's share, 0..1
     * @param author the largest author's share, 0..1
     */
    public record Point(LocalDate date, double organisation, double author) {
    }

    private static final double WIDTH = 640;
    private static final double HEIGHT = 220;
    private static final double LEFT = 40;
    private static final double RIGHT = 12;
    private static final double TOP = 26;
    private static final double BOTTOM = 26;

    private ConcentrationChart() {
    }

    /** The chart; empty for no points. {@code id} prefixes the ids of its title and description. */
    public static Html render(String id, List<Point> points) {
        if (points.isEmpty()) {
            return Html.EMPTY;
        }
        Point first = points.get(0);
        Point last = points.get(points.size() - 1);
        String description = String.format(Locale.ROOT, "From %s to %s the largest organisation's share of commits"
                + " went from %.0f%% to %.0f%%, the largest author's from %.0f%% to %.0f%%.", first.date(), last.date(),
                first.organisation() * 100, last.organisation() * 100, first.author() * 100, last.author() * 100);
        Svg svg = new Svg();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 640 220", "class", "chart",
                "role", "img", "aria-labelledby", id + "-title " + id + "-desc");
        svg.text("title", "Concentration of commits over time", "id", id + "-title");
        svg.text("desc", description, "id", id + "-desc");
        double plotBottom = HEIGHT - BOTTOM;
        double plotWidth = WIDTH - LEFT - RIGHT;
        for (int pct = 0; pct <= 100; pct += 25) {
            double y = y(pct / 100.0);
            svg.empty("line", "class", pct == 50 ? "majority" : "grid", "x1", LEFT, "x2", WIDTH - RIGHT, "y1", y, "y2", y);
            svg.text("text", pct + "%", "class", "tick", "x", LEFT - 6, "y", y + 4, "text-anchor", "end");
        }
        TimeAxis axis = new TimeAxis(first.date(), last.date().equals(first.date()) ? first.date().plusDays(1)
                : last.date(), LEFT, plotWidth);
        axis.draw(svg, TOP, plotBottom);
        series(svg, axis, points, true, "org", "Largest organisation");
        series(svg, axis, points, false, "author", "Largest author");
        legend(svg);
        svg.close("svg");
        return new Html(svg.toString());
    }

    private static double y(double share) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - share);
    }

    private static void series(Svg svg, TimeAxis axis, List<Point> points, boolean organisation, String cls,
            String name) {
        double[] ys = new double[points.size()];
        List<String> titles = new java.util.ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            double v = organisation ? points.get(i).organisation() : points.get(i).author();
            ys[i] = y(v);
            titles.add(String.format(Locale.ROOT, "%s, %s: %.0f%%", name, points.get(i).date(), v * 100));
        }
        LinePlot.series(svg, axis, points.stream().map(Point::date).toList(), ys, cls, titles);
    }

    private static void legend(Svg svg) {
        LinePlot.legend(svg, LEFT, "line org", "Largest organisation");
        LinePlot.legend(svg, LEFT + 180, "line author", "Largest author");
        LinePlot.legend(svg, LEFT + 320, "majority", "50%");
    }
}
