package org.levermap.render.svg;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.levermap.render.view.Html;

/** The fork graph: upstreams above their forks, edges drawn solid for soft forks and dashed for hard ones. */
public final class ForkGraphSvg {

    /**
     * A project in the graph.
     *
     * @param id the project id
     * @param label its name
     * @param href its page, relative to the page the graph is on
     * @param upstream the project it forks, or null
     * @param kind soft, hard or unknown: the kind of its fork edge
     * @param detail the edge's tooltip: fork date, reasons
     */
    public record Node(String id, String label, String href, String upstream, String kind, String detail) {
    }

    private static final double BOX_W = 150;
    private static final double BOX_H = 34;
    private static final double GAP_X = 18;
    private static final double GAP_Y = 56;
    private static final double MARGIN = 10;

    private ForkGraphSvg() {
    }

    /** The graph; empty for no nodes. */
    public static Html render(String id, List<Node> nodes) {
        if (nodes.isEmpty()) {
            return Html.EMPTY;
        }
        Map<String, Node> byId = new LinkedHashMap<>();
        Map<String, String> parents = new LinkedHashMap<>();
        for (Node n : nodes) {
            byId.put(n.id(), n);
            parents.put(n.id(), n.upstream());
        }
        ForkGraphLayout layout = new ForkGraphLayout(parents);
        double width = MARGIN * 2 + layout.columns() * (BOX_W + GAP_X) - GAP_X;
        double height = MARGIN * 2 + layout.depth() * (BOX_H + GAP_Y) - GAP_Y;
        long edges = nodes.stream().filter(n -> n.upstream() != null && byId.containsKey(n.upstream())).count();
        Svg svg = new Svg();
        // A group, not an image: it holds links, and the children of an image are hidden from assistive
        // technology (axe: nested-interactive).
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + Svg.number(width) + " "
                + Svg.number(height), "width", width, "height", height, "class", "chart forks", "role", "group",
                "aria-labelledby", id + "-title " + id + "-desc");
        svg.text("title", "Fork graph", "id", id + "-title");
        svg.text("desc", nodes.size() + " projects and " + edges + " fork relations; each fork sits below its"
                + " upstream. The table below lists the same relations.", "id", id + "-desc");
        for (Node n : nodes) {
            if (n.upstream() == null || !byId.containsKey(n.upstream())) {
                continue;
            }
            var from = layout.positions().get(n.upstream());
            var to = layout.positions().get(n.id());
            double x1 = x(from.column()) + BOX_W / 2;
            double y1 = y(from.depth()) + BOX_H;
            double x2 = x(to.column()) + BOX_W / 2;
            double y2 = y(to.depth());
            double mid = (y1 + y2) / 2;
            svg.open("path", "class", "edge " + n.kind(), "d", "M" + Svg.number(x1) + "," + Svg.number(y1) + " C"
                    + Svg.number(x1) + "," + Svg.number(mid) + " " + Svg.number(x2) + "," + Svg.number(mid) + " "
                    + Svg.number(x2) + "," + Svg.number(y2));
            svg.text("title", byId.get(n.upstream()).label() + " → " + n.label() + " (" + n.kind() + " fork"
                    + (n.detail() == null || n.detail().isEmpty() ? "" : ": " + n.detail()) + ")");
            svg.close("path");
        }
        for (Node n : nodes) {
            var p = layout.positions().get(n.id());
            double x = x(p.column());
            double y = y(p.depth());
            svg.open("a", "href", n.href());
            svg.open("g", "class", "node" + (n.upstream() == null ? " root" : " fork " + n.kind()));
            svg.empty("rect", "x", x, "y", y, "width", BOX_W, "height", BOX_H, "rx", 6.0);
            svg.text("text", TextWidth.fit(n.label(), BOX_W - 14, 13), "x", x + BOX_W / 2, "y", y + BOX_H / 2 + 4.5,
                    "text-anchor", "middle");
            svg.text("title", n.label());
            svg.close("g");
            svg.close("a");
        }
        svg.close("svg");
        return new Html(svg.toString());
    }

    private static double x(double column) {
        return MARGIN + column * (BOX_W + GAP_X);
    }

    private static double y(int depth) {
        return MARGIN + depth * (BOX_H + GAP_Y);
    }
}
