package org.levermap.collect.license;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the license section of a README ("## License", "License\n=======", "License\n-------"), as
 * licensee does: a license text quoted there is matched like a license file, a license named there
 * ("This project is licensed under the MIT License") is taken from its name. Either is weaker
 * evidence than a license file, and is reported with a lower confidence and the line it rests on.
 */
final class ReadmeLicense {

    /** The most a license quoted in a README is trusted: the section may quote rather than grant it. */
    static final double QUOTED = 0.9;
    /** How much a license named in a README is trusted. */
    static final double NAMED = 0.6;

    private static final Pattern ATX = Pattern.compile("^\\s{0,3}(#{1,6}|={1,6})\\s+(.*?)[\\s#=]*$");
    private static final Pattern UNDERLINE = Pattern.compile("^\\s*([=\\-~^*+#`'\":.])\\1{2,}\\s*$");
    private static final Pattern TITLE = Pattern.compile(
            "(?i)^[^\\p{L}]*(licen[cs]e|licen[cs]ing|copyright(\\s+(and|&)\\s+licen[cs]e)?|licen[cs]e\\s+(and|&)\\s+copyright)"
                    + "[^\\p{L}]*$");

    private ReadmeLicense() {
    }

    /**
     * The license section of a README.
     *
     * @param text its lines, heading left out
     * @param line the 1-based line of its heading
     * @param firstLine the 1-based line {@code text} starts on
     */
    record Section(String text, int line, int firstLine) {
    }

    /** The README's license section, if it has one. */
    static Optional<Section> section(String readme) {
        String[] lines = readme.split("\\r\\n|\\r|\\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int level = level(lines, i);
            if (level == 0 || !TITLE.matcher(title(lines, i)).matches()) {
                continue;
            }
            int from = i + (level > 6 ? 2 : 1);
            int to = from;
            while (to < lines.length) {
                int l = level(lines, to);
                if (l != 0 && (l <= level || level > 6 || l > 6)) {
                    break;
                }
                to++;
            }
            return Optional.of(new Section(String.join("\n", List.of(lines).subList(from, to)), i + 1, from + 1));
        }
        return Optional.empty();
    }

    /** What the README's license section says, or empty when the README has none. */
    static Optional<Identification> identify(String readme, LicenseIdentifier identifier, LicenseCatalog catalog) {
        Optional<Section> found = section(readme);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Section s = found.get();
        Identification quoted = identifier.identifyText(s.text());
        if (quoted.identified()) {
            List<Identification.Part> parts = quoted.parts().stream().map(p -> new Identification.Part(p.id(),
                    Math.min(p.score(), QUOTED), p.firstLine() + s.firstLine() - 1, p.lastLine() + s.firstLine() - 1,
                    p.closest(), "quoted in the README's license section (line " + s.line() + ")")).toList();
            return Optional.of(new Identification(quoted.expression(), Math.min(quoted.confidence(), QUOTED), parts,
                    quoted.holders()));
        }
        List<LicenseMentions.Mention> named = LicenseMentions.in(s.text(), catalog);
        if (named.isEmpty()) {
            return Optional.of(new Identification(Identification.NOASSERTION, 0, List.of(), List.of()));
        }
        List<Identification.Part> parts = named.stream().map(m -> {
            int line = m.line() + s.firstLine() - 1;
            return new Identification.Part(m.id(), NAMED, line, line, null,
                    "named in the README's license section, line " + line + ": \u201c" + m.words() + "\u201d");
        }).toList();
        String operator = ChoicePhrases.in(LicenseText.normalise(s.text())).isEmpty() ? " AND " : " OR ";
        String expression = String.join(operator, parts.stream().map(Identification.Part::id).toList());
        return Optional.of(new Identification(expression, NAMED, parts, List.of()));
    }

    /** The heading level of line {@code i}: 1–6 for ATX ("## License"), 7 for an underlined title, 0 if none. */
    private static int level(String[] lines, int i) {
        Matcher atx = ATX.matcher(lines[i]);
        if (atx.matches() && !atx.group(2).isBlank()) {
            return atx.group(1).length();
        }
        if (!lines[i].isBlank() && i + 1 < lines.length && UNDERLINE.matcher(lines[i + 1]).matches()
                && !UNDERLINE.matcher(lines[i]).matches()) {
            return 7;
        }
        return 0;
    }

    private static String title(String[] lines, int i) {
        Matcher atx = ATX.matcher(lines[i]);
        return atx.matches() ? atx.group(2) : lines[i].strip();
    }
}
