package org.levermap.render.svg;

import java.time.LocalDate;
import java.util.List;
import org.levermap.render.view.Html;

/**
 * The license over time as one bar cut into spans, coloured by license family. Every change of license is
 * marked on the bar and labelled above it with the new license and its date, so that a relicensing shows
 * even when its span is a sliver at the end.
 */
public final class LicenseHistoryChart {

    /**
     * A period under one license.
     *
     * @param license the SPDX expression, or "none"
     * @param family the family keyword, "unknown" when not known
     * @param from first day
     * @param to last day
     */
    public record Span(String license, String family, LocalDate from, LocalDate to) {
    }

    private static final double WIDTH = 640;
    private static final double LEFT = 8;
    private static final double RIGHT = 8;
    private static final double BAR_TOP = 24;
    private static final double HEIGHT = 80;
    private static final double BAR_HEIGHT = 30;

    private LicenseHistoryChart() {
    }

    /** The chart; empty for no spans. */
    public static Html render(String id, List<Span> spans) {
        if (spans.isEmpty()) {
            return Html.EMPTY;
        }
        LocalDate start = spans.get(0).from();
        LocalDate end = spans.get(spans.size() - 1).to();
        if (!end.isAfter(start)) {
            end = start.plusDays(1);
        }
        StringBuilder desc = new StringBuilder("License over time: ");
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            desc.append(i == 0 ? "" : "; then ").append(s.license()).append(" (").append(s.family()).append(") from ")
                    .append(s.from());
        }
        desc.append('.');
        Svg svg = new Svg();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 640 " + Svg.number(HEIGHT), "class", "chart license",
                "role", "img", "aria-labelledby", id + "-title " + id + "-desc");
        svg.text("title", "License history", "id", id + "-title");
        svg.text("desc", desc.toString(), "id", id + "-desc");
        TimeAxis axis = new TimeAxis(start, end, LEFT, WIDTH - LEFT - RIGHT);
        axis.draw(svg, BAR_TOP + BAR_HEIGHT, BAR_TOP + BAR_HEIGHT + 4);
        for (Span s : spans) {
            double x1 = axis.x(s.from());
            double x2 = Math.max(axis.x(s.to()), x1 + 2);
            svg.open("g", "class", "span");
            svg.open("rect", "class", "fam fam-" + s.family(), "x", x1, "y", BAR_TOP, "width", x2 - x1,
                    "height", BAR_HEIGHT, "rx", 3.0);
            svg.text("title", s.license() + " (" + s.family() + "), " + s.from() + " to " + s.to());
            svg.close("rect");
            double room = x2 - x1 - 10;
            if (room > 24) {
                svg.text("text", TextWidth.fit(s.license(), room, 12), "class", "span-label", "x", x1 + 5,
                        "y", BAR_TOP + BAR_HEIGHT / 2 + 4);
            }
            svg.close("g");
        }
        for (int i = 1; i < spans.size(); i++) {
            Span s = spans.get(i);
            double x = axis.x(s.from());
            double next = i + 1 < spans.size() ? axis.x(spans.get(i + 1).from()) : WIDTH - RIGHT;
            svg.empty("line", "class", "change-mark", "x1", x, "x2", x, "y1", 4.0, "y2", BAR_TOP + BAR_HEIGHT);
            // The label runs right of its mark up to the next one; near the right edge it runs left instead.
            boolean left = next - x < 90 && x > WIDTH / 2;
            double room = left ? x - LEFT - 6 : next - x - 6;
            if (room > 24) {
                svg.text("text", TextWidth.fit(s.license() + ", " + s.from(), room, 12),
                        "class", "change-label", "x", left ? x - 4 : x + 4, "y", 14.0,
                        "text-anchor", left ? "end" : "start");
            }
        }
        svg.close("svg");
        return new Html(svg.toString());
    }
}
