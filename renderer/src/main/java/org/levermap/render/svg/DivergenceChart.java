package org.levermap.render.svg;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.levermap.render.view.Html;

/**
 * A fork's divergence over time as a line chart: commits ahead of and behind its upstream at each
 * snapshot, on one scale from zero to the largest count.
 */
public final class DivergenceChart {

    /**
     * One snapshot's figures.
     *
     * @param date the snapshot date
     * @param ahead fork commits not in upstream
     * @param behind upstream commits not in the fork
     */
    public record Point(LocalDate date, int ahead, int behind) {
    }

    private static final double WIDTH = 640;
    private static final double HEIGHT = 220;
    private static final double LEFT = 48;
    private static final double RIGHT = 12;
    private static final double TOP = 26;
    private static final double BOTTOM = 26;

    private DivergenceChart() {
    }

    /** The chart; empty for no points. {@code id} prefixes the ids of its title and description. */
    public static Html render(String id, String upstream, List<Point> points) {
        if (points.isEmpty()) {
            return Html.EMPTY;
        }
        Point first = points.get(0);
        Point last = points.get(points.size() - 1);
        int max = 1;
        for (Point p : points) {
            max = Math.max(max, Math.max(p.ahead(), p.behind()));
        }
        String description = String.format(Locale.ROOT, "From %s to %s the fork went from %d to %d commits ahead of"
                + " %s and from %d to %d commits behind it.", first.date(), last.date(), first.ahead(), last.ahead(),
                upstream, first.behind(), last.behind());
        Svg svg = new Svg();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 640 220", "class", "chart",
                "role", "img", "aria-labelledby", id + "-title " + id + "-desc");
        svg.text("title", "Commits ahead of and behind " + upstream + " over time", "id", id + "-title");
        svg.text("desc", description, "id", id + "-desc");
        for (int i = 0; i <= 4; i++) {
            int value = (int) Math.round(max * i / 4.0);
            double y = y(value, max);
            svg.empty("line", "class", "grid", "x1", LEFT, "x2", WIDTH - RIGHT, "y1", y, "y2", y);
            svg.text("text", Integer.toString(value), "class", "tick", "x", LEFT - 6, "y", y + 4, "text-anchor", "end");
        }
        TimeAxis axis = new TimeAxis(first.date(), last.date().equals(first.date()) ? first.date().plusDays(1)
                : last.date(), LEFT, WIDTH - LEFT - RIGHT);
        axis.draw(svg, TOP, HEIGHT - BOTTOM);
        series(svg, axis, points, max, true);
        series(svg, axis, points, max, false);
        LinePlot.legend(svg, LEFT, "line org", "Ahead");
        LinePlot.legend(svg, LEFT + 100, "line author", "Behind");
        svg.close("svg");
        return new Html(svg.toString());
    }

    private static double y(int value, int max) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (double) value / max);
    }

    private static void series(Svg svg, TimeAxis axis, List<Point> points, int max, boolean ahead) {
        double[] ys = new double[points.size()];
        List<String> titles = new java.util.ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            int v = ahead ? points.get(i).ahead() : points.get(i).behind();
            ys[i] = y(v, max);
            titles.add(String.format(Locale.ROOT, "%s, %s: %d", ahead ? "Ahead" : "Behind", points.get(i).date(), v));
        }
        LinePlot.series(svg, axis, points.stream().map(Point::date).toList(), ys, ahead ? "org" : "author", titles);
    }
}
