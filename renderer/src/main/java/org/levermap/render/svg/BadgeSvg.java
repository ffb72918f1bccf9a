package org.levermap.render.svg;

/**
 * A README badge in the flat style people know from shields.io: grey label, coloured message. Each text is
 * sized with Verdana's real advance widths and drawn at exactly that length ({@code textLength}), so the
 * padding is even whichever of the fallback fonts the viewer has.
 */
public final class BadgeSvg {

    private static final double PAD = 6;

    private BadgeSvg() {
    }

    /**
     * The badge as a standalone SVG file.
     *
     * @param label left part
     * @param message right part
     * @param color the message's background, a CSS colour levermap chose
     */
    public static String render(String label, String message, String color) {
        double labelText = Math.round(BadgeFont.width(label) * 10) / 10.0;
        double messageText = Math.round(BadgeFont.width(message) * 10) / 10.0;
        double lw = Math.ceil(labelText + 2 * PAD);
        double mw = Math.ceil(messageText + 2 * PAD);
        double w = lw + mw;
        Svg svg = new Svg();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", w, "height", 20.0, "role", "img",
                "aria-label", label + ": " + message);
        svg.text("title", label + ": " + message);
        svg.open("linearGradient", "id", "s", "x2", "0", "y2", "100%");
        svg.empty("stop", "offset", "0", "stop-color", "#bbb", "stop-opacity", ".1");
        svg.empty("stop", "offset", "1", "stop-opacity", ".1");
        svg.close("linearGradient");
        svg.open("clipPath", "id", "r");
        svg.empty("rect", "width", w, "height", 20.0, "rx", 3.0, "fill", "#fff");
        svg.close("clipPath");
        svg.open("g", "clip-path", "url(#r)");
        svg.empty("rect", "width", lw, "height", 20.0, "fill", "#555");
        svg.empty("rect", "x", lw, "width", mw, "height", 20.0, "fill", color);
        svg.empty("rect", "width", w, "height", 20.0, "fill", "url(#s)");
        svg.close("g");
        svg.open("g", "fill", "#fff", "text-anchor", "middle", "font-family", "Verdana,Geneva,DejaVu Sans,sans-serif",
                "font-size", "11");
        svg.text("text", label, "x", lw / 2, "y", 14.0, "fill", "#010101", "fill-opacity", ".3", "textLength", labelText);
        svg.text("text", label, "x", lw / 2, "y", 13.0, "textLength", labelText);
        svg.text("text", message, "x", lw + mw / 2, "y", 14.0, "fill", "#010101", "fill-opacity", ".3",
                "textLength", messageText);
        svg.text("text", message, "x", lw + mw / 2, "y", 13.0, "textLength", messageText);
        svg.close("g");
        svg.close("svg");
        return svg.toString() + "\n";
    }
}
