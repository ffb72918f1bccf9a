package org.levermap.render.svg;

import java.time.LocalDate;
import java.util.List;
import org.levermap.render.view.Html;

/** Alliance membership over time: one row per member, a bar from joining to leaving. */
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

    /** The chart from {@code start} to {@code end}; empty for no bars. */
    public static Html render(String id, List<Bar> bars, LocalDate start, LocalDate end) {
        if (bars.isEmpty()) {
            return Html.EMPTY;
        }
        if (!end.isAfter(start)) {
            end = start.plusDays(1);
        }
        double height = TOP + ROW * bars.size() + 24;
        Svg svg = new Svg();
        // A group, not an image: it holds links, and the children of an image are hidden from assistive
        // technology (axe: nested-interactive).
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 640 " + Svg.number(height),
                "class", "chart alliance", "role", "group", "aria-labelledby", id + "-title " + id + "-desc");
        svg.text("title", "Membership over time", "id", id + "-title");
        svg.text("desc", bars.size() + " memberships from " + start + " to " + end + "; the table below lists them.",
                "id", id + "-desc");
        TimeAxis axis = new TimeAxis(start, end, LABEL, WIDTH - LABEL - 10);
        axis.draw(svg, TOP, TOP + ROW * bars.size());
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
        }
        svg.close("svg");
        return new Html(svg.toString());
    }
}
