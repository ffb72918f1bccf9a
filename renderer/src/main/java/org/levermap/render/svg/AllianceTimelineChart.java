package org.levermap.render.svg;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.levermap.render.view.Html;

/**
 * Alliance membership over time: one row per member, a bar from joining (a dot) to leaving (a bar); a last
 * row counts the joins (+N) and leaves (−N) of each date, so that a wave of founders and a departure
 * read at a glance even when the bars look alike.
 */
public final class AllianceTimelineChart {

    /**
     * One membership.
     *
     * @param label the member's name
     * @param href the member's page relative to the page the chart is on, or null
     * @param from the day it joined (the chart's start when unknown)
     * @param to the day it left (the chart's end while a member)
     * @param ongoing whether it is still a member
     */
    public record Bar(String label, String href, LocalDate from, LocalDate to, boolean ongoing) {
    }

    private static final double WIDTH = 640;
    private static final double LABEL = 170;
    private static final double ROW = 24;
    private static final double TOP = 6;

    private AllianceTimelineChart() {
    }

    /** The last row: +N at each date members joined, −N at each date members left. */
    private static void events(Svg svg, TimeAxis axis, List<Bar> bars, double y) {
        Map<LocalDate, Integer> joins = new TreeMap<>();
        Map<LocalDate, Integer> leaves = new TreeMap<>();
        for (Bar b : bars) {
            joins.merge(b.from(), 1, Integer::sum);
            if (!b.ongoing()) {
                leaves.merge(b.to(), 1, Integer::sum);
            }
        }
        svg.text("text", "joined / left", "class", "row-label", "x", LABEL - 8, "y", y + 16, "text-anchor", "end");
        joins.forEach((day, n) -> event(svg, "+" + n, "joined", day, n, axis.x(day), y));
        leaves.forEach((day, n) -> event(svg, "\u2212" + n, "left", day, n, axis.x(day), y));
    }

    private static void event(Svg svg, String text, String kind, LocalDate day, int n, double x, double y) {
        svg.open("text", "class", "event " + kind, "x", x, "y", y + 16, "text-anchor", "middle");
        svg.text("title", n + (n == 1 ? " member " : " members ") + kind + " on " + day);
        svg.content(text);
        svg.close("text");
    }

    /** The chart from {@code start} to {@code end}; empty for no bars. */
    public static Html render(String id, List<Bar> bars, LocalDate start, LocalDate end) {
        if (bars.isEmpty()) {
            return Html.EMPTY;
        }
        if (!end.isAfter(start)) {
            end = start.plusDays(1);
        }
        double height = TOP + ROW * (bars.size() + 1) + 24;
        Svg svg = new Svg();
        // A group, not an image: it holds links, and the children of an image are hidden from assistive
        // technology (axe: nested-interactive).
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 640 " + Svg.number(height),
                "class", "chart alliance", "role", "group", "aria-labelledby", id + "-title " + id + "-desc");
        svg.text("title", "Membership over time", "id", id + "-title");
        svg.text("desc", bars.size() + " memberships from " + start + " to " + end + "; the table below lists them.",
                "id", id + "-desc");
        TimeAxis axis = new TimeAxis(start, end, LABEL, WIDTH - LABEL - 10);
        axis.draw(svg, TOP, TOP + ROW * (bars.size() + 1));
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = TOP + ROW * i;
            String label = TextWidth.fit(b.label(), LABEL - 12, 12);
            if (b.href() != null) {
                svg.open("a", "href", b.href());
                svg.text("text", label, "class", "row-label", "x", LABEL - 8, "y", y + 16, "text-anchor", "end");
                svg.close("a");
            } else {
                svg.text("text", label, "class", "row-label", "x", LABEL - 8, "y", y + 16, "text-anchor", "end");
            }
            double x1 = axis.x(b.from());
            double x2 = Math.max(axis.x(b.to()), x1 + 3);
            svg.open("rect", "class", b.ongoing() ? "member ongoing" : "member former", "x", x1, "y", y + 5,
                    "width", x2 - x1, "height", ROW - 10, "rx", 3.0);
            svg.text("title", b.label() + ": " + b.from() + " to " + (b.ongoing() ? "now" : b.to().toString()));
            svg.close("rect");
            svg.empty("circle", "class", "joined", "cx", x1, "cy", y + ROW / 2, "r", 4.0);
            if (!b.ongoing()) {
                svg.empty("rect", "class", "left", "x", x2 - 1.5, "y", y + 2, "width", 3.0, "height", ROW - 4);
            }
        }
        events(svg, axis, bars, TOP + ROW * bars.size());
        svg.close("svg");
        return new Html(svg.toString());
    }
}
