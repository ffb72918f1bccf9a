package org.levermap.collect.license;

/**
 * Splits an SPDX license template into the text every copy of the license has and the text a copy
 * may have. Optional sections and variable fields (a holder's name, "Software" or "Materials") are
 * the second kind: a file is not penalised for leaving them out, nor for filling a field in with its
 * own words. A leading optional section is the title, which normalisation drops anyway.
 */
final class LicenseTemplate {

    private static final String VAR = "<<var;";
    private static final String BEGIN_OPTIONAL = "<<beginOptional";
    private static final String END_OPTIONAL = "<<endOptional>>";

    private LicenseTemplate() {
    }

    /**
     * The texts of a template.
     *
     * @param required text outside optional sections and fields
     * @param optional text of optional sections and the original text of fields
     * @param full the whole text in its order, fields as originally written (the word order a
     *     standard copy has)
     */
    record Texts(String required, String optional, String full) {

        /** Texts whose full text is the required and the optional text one after the other. */
        Texts(String required, String optional) {
            this(required, optional, required + "\n" + optional);
        }
    }

    /** The texts of {@code template}. */
    static Texts split(String template) {
        String t = dropLeadingOptional(template.stripLeading());
        StringBuilder required = new StringBuilder(t.length());
        StringBuilder optional = new StringBuilder();
        StringBuilder full = new StringBuilder(t.length());
        int depth = 0;
        int i = 0;
        while (i < t.length()) {
            if (t.startsWith(VAR, i)) {
                int end = endOfTag(t, i);
                String original = attribute(t.substring(i + VAR.length(), Math.max(i + VAR.length(), end - 2)), "original");
                // One line each, so that a field holding a copyright line does not take others with it.
                optional.append('\n').append(original == null ? "" : original).append('\n');
                required.append(' ');
                full.append(original == null ? " " : original);
                i = end;
            } else if (t.startsWith(BEGIN_OPTIONAL, i)) {
                depth++;
                int close = t.indexOf(">>", i);
                i = close < 0 ? t.length() : close + 2;
                optional.append('\n');
            } else if (t.startsWith(END_OPTIONAL, i)) {
                depth = Math.max(0, depth - 1);
                i += END_OPTIONAL.length();
                optional.append('\n');
                required.append(' ');
            } else {
                full.append(t.charAt(i));
                (depth > 0 ? optional : required).append(t.charAt(i++));
            }
        }
        return new Texts(required.toString(), optional.toString(), full.toString());
    }

    private static String dropLeadingOptional(String t) {
        if (!t.startsWith(BEGIN_OPTIONAL)) {
            return t;
        }
        int depth = 0;
        int i = 0;
        while (i < t.length()) {
            if (t.startsWith(BEGIN_OPTIONAL, i)) {
                depth++;
                int close = t.indexOf(">>", i);
                i = close < 0 ? t.length() : close + 2;
            } else if (t.startsWith(END_OPTIONAL, i)) {
                depth--;
                i += END_OPTIONAL.length();
                if (depth == 0) {
                    return t.substring(i);
                }
            } else {
                i++;
            }
        }
        return t;
    }

    /** The index just after the {@code >>} closing the tag at {@code start}, skipping quoted values. */
    private static int endOfTag(String t, int start) {
        boolean quoted = false;
        for (int i = start + 2; i < t.length() - 1; i++) {
            char c = t.charAt(i);
            if (c == '"' && t.charAt(i - 1) != '\\') {
                quoted = !quoted;
            } else if (!quoted && c == '>' && t.charAt(i + 1) == '>') {
                return i + 2;
            }
        }
        return t.length();
    }

    private static String attribute(String attributes, String name) {
        int at = attributes.indexOf(name + "=\"");
        if (at < 0) {
            return null;
        }
        int from = at + name.length() + 2;
        for (int i = from; i < attributes.length(); i++) {
            if (attributes.charAt(i) == '"' && attributes.charAt(i - 1) != '\\') {
                return attributes.substring(from, i);
            }
        }
        return attributes.substring(from);
    }
}
