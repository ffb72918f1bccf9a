package org.levermap.render.svg;


/**
 * Writes SVG markup. Attribute values and text are always escaped, so no label can close an element
 * or open a new one; attribute names are levermap's own.
 */
final class Svg {

    private final StringBuilder out = new StringBuilder(4096);

    /** Opens an element with attributes given as name, value, name, value... (null values are left out). */
    Svg open(String tag, Object... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    Svg close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element with no content. */
    Svg empty(String tag, Object... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    /** An element holding only text. */
    Svg text(String tag, String text, Object... attributes) {
        open(tag, attributes);
        escape(text);
        return close(tag);
    }

    /** Text inside the element opened last, after its other children (escaped as all text is). */
    Svg content(String text) {
        escape(text);
        return this;
    }

    private void attributes(Object... attributes) {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            Object value = attributes[i + 1];
            if (value == null) {
                continue;
            }
            out.append(' ').append(attributes[i]).append("=\"");
            escape(value instanceof Double d ? number(d) : value.toString());
            out.append('"');
        }
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // XML 1.0 forbids most control characters; they carry no meaning in a label.
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** Coordinates with one decimal (no decimal when it is 0), the same on every machine. */
    static String number(double d) {
        long tenths = Math.round(d * 10);
        if (tenths < 0) {
            return "-" + number(-d);
        }
        long whole = tenths / 10;
        long decimal = tenths % 10;
        return decimal == 0 ? Long.toString(whole) : whole + "." + decimal;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
