package org.levermap.render.svg;

/**
 * Estimates how wide text is drawn, without fonts: wide enough to size badges and to shorten labels
 * that would overflow their box. Errs on the wide side.
 */
final class TextWidth {

    private TextWidth() {
    }

    /** Approximate width of {@code text} at {@code size} px in a sans-serif font. */
    static double of(String text, double size) {
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if ("iljtfI.,:;|!'".indexOf(cp) >= 0) {
                em += 0.32;
            } else if ("mwMW@".indexOf(cp) >= 0) {
                em += 0.9;
            } else if (Character.isUpperCase(cp) || Character.isDigit(cp)) {
                em += 0.66;
            } else if (cp > 0x2e80) {
                em += 1.0;
            } else {
                em += 0.56;
            }
        }
        return em * size;
    }

    /** {@code text}, cut with an ellipsis so that it fits in {@code width} px. */
    static String fit(String text, double width, double size) {
        if (of(text, size) <= width) {
            return text;
        }
        StringBuilder cut = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String next = cut.toString() + new String(Character.toChars(cp));
            if (of(next + "…", size) > width) {
                break;
            }
            cut.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return cut.toString().strip() + "…";
    }
}
