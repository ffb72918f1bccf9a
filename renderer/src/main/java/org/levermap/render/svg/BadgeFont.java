package org.levermap.render.svg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * How wide text is in a badge: the advance widths of Verdana at 11 px (the badge's first font, and the
 * table shields.io sizes its badges with), so that the padding on both sides of a text is the same.
 * A character outside the table counts as wide as "m".
 */
final class BadgeFont {

    /** The table, read once: code point ranges (first, last) and their widths, sorted. */
    private static final Table TABLE = Table.read("verdana-11px.widths");

    private BadgeFont() {
    }

    /** The width of {@code text} in px, at 11 px. */
    static double width(String text) {
        double width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            width += TABLE.width(cp);
        }
        return width;
    }

    private record Table(int[] first, int[] last, double[] widths, double fallback) {

        double width(int cp) {
            int i = Arrays.binarySearch(first, cp);
            if (i < 0) {
                i = -i - 2;
            }
            return i >= 0 && cp <= last[i] ? widths[i] : fallback;
        }

        static Table read(String resource) {
            try (InputStream in = BadgeFont.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("levermap is missing its resource " + resource + "; rebuild it");
                }
                String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(l -> !l.isBlank() && !l.startsWith("#")).toArray(String[]::new);
                int[] first = new int[lines.length];
                int[] last = new int[lines.length];
                double[] widths = new double[lines.length];
                for (int i = 0; i < lines.length; i++) {
                    String[] f = lines[i].split(" ");
                    first[i] = Integer.parseInt(f[0], 16);
                    last[i] = Integer.parseInt(f[1], 16);
                    widths[i] = Double.parseDouble(f[2]);
                }
                Table table = new Table(first, last, widths, 0);
                return new Table(first, last, widths, table.width('m'));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
