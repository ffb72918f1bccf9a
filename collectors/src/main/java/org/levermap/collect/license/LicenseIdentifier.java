package org.levermap.collect.license;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identifies the license of one file. The whole text is matched first; when it matches nothing,
 * the text is split at its titles and ranges of consecutive segments are matched, which finds each
 * license of a file that holds several (a dual-license text) and the license under a preamble (the
 * parameters of a Business Source License). Several licenses in one file are alternatives ({@code
 * OR}) when the file's own words offer a choice ("dual-licensing", "your choice of"), and apply
 * together ({@code AND}) otherwise.
 */
final class LicenseIdentifier {

    private static final Pattern SPDX_TAG = Pattern.compile("SPDX-License-Identifier:\\s*([^\\n*]+?)\\s*(\\*/|-->)?\\s*$",
            Pattern.MULTILINE);

    /** Words a matched license does not explain that make the identifier look for a second license. */
    static final int EXTRA_WORDS = 15;

    private static final Pattern SPDX_EXPRESSION = Pattern.compile("[A-Za-z0-9.+:()-]+( +(AND|OR|WITH|and|or|with) +[A-Za-z0-9.+:()-]+){0,8}");

    private final LicenseMatcher matcher;
    private final LicenseCatalog catalog;
    // Versions of one license file share most of their segments (a BUSL's terms under new
    // parameters): each segment is normalised, and each range matched, once.
    private final Map<String, Words> segmentWords = new HashMap<>();
    private final Map<Words, Optional<LicenseMatch>> rangeMatches = new HashMap<>();

    LicenseIdentifier(LicenseCatalog catalog) {
        this.catalog = catalog;
        this.matcher = new LicenseMatcher(catalog);
    }

    /**
     * Identifies {@code text}: by its text, else, for a short file, by the license it names ("This
     * project is released under the MIT License.").
     */
    Identification identify(String text) {
        Identification byText = identifyText(text);
        if (byText.identified() || !byText.expression().equals(Identification.NOASSERTION)) {
            return byText;
        }
        if (LicenseText.words(text).size() > NAMING_WORDS) {
            return byText;
        }
        List<LicenseMentions.Mention> named = LicenseMentions.in(text, catalog);
        if (named.isEmpty()) {
            return byText;
        }
        List<Identification.Part> parts = named.stream().map(m -> new Identification.Part(m.id(), NAMED, m.line(), m.line(),
                null, "names the license at line " + m.line() + ": \u201c" + m.words() + "\u201d")).toList();
        String operator = ChoicePhrases.in(LicenseText.normalise(text)).isEmpty() ? " AND " : " OR ";
        return new Identification(String.join(operator, parts.stream().map(Identification.Part::id).toList()), NAMED, parts,
                byText.holders());
    }

    /** A file this short that matches no text is read for the license it names. */
    static final int NAMING_WORDS = 60;
    /** How much a license named in a license file (not quoted) is trusted. */
    static final double NAMED = 0.8;

    /**
     * What a file that states no license is identified as (empty, or only copyright notices):
     * {@code none}, so that it neither counts as an unidentified license nor hides the others.
     */
    static Identification statesNone() {
        return new Identification(LicenseExpression.NONE, 1.0, List.of(), List.of());
    }

    /** Identifies {@code text} by its text alone (or its SPDX tag), never by a license it merely names. */
    Identification identifyText(String text) {
        String normalised = LicenseText.normalise(text);
        Words words = LicenseText.wordsOfNormalised(normalised);
        if (words.size() == 0) {
            Identification none = statesNone();
            return new Identification(none.expression(), none.confidence(), none.parts(), CopyrightNotices.holders(text));
        }
        Optional<LicenseMatch> close = matcher.best(words, LicenseMatcher.THRESHOLD);
        int lines = text.split("\n", -1).length;
        if (close.isPresent()) {
            LicenseMatch m = close.get();
            // A short license appended to a long one (the Commons Clause after the Apache License) hardly
            // lowers the score of the long one: words the license does not have ask for a closer look.
            if (words.size() - m.license().explained(words) >= EXTRA_WORDS) {
                List<Identification.Part> parts = segmented(text);
                if (parts.size() > 1 && parts.stream().anyMatch(p -> p.id().equals(m.license().id()))) {
                    return result(text, parts);
                }
            }
            return result(text, List.of(modified(normalised, text, m).orElse(new Identification.Part(m.license().id(),
                    m.score(), 1, lines, null, scopeOpen(words, m) ? LicenseScope.OPEN : null))));
        }
        Optional<LicenseMatch> abridged = matcher.identify(words);
        if (abridged.isPresent()) {
            LicenseMatch m = abridged.get();
            return result(text, List.of(new Identification.Part(m.license().id(), m.score(), 1, lines)));
        }
        List<Identification.Part> parts = segmented(text);
        if (!parts.isEmpty()) {
            return result(text, parts);
        }
        Matcher tag = SPDX_TAG.matcher(text);
        // The tag is the file's own text: taken only when it reads as an SPDX expression.
        if (tag.find() && SPDX_EXPRESSION.matcher(tag.group(1).strip()).matches()) {
            String expression = tag.group(1).strip();
            return new Identification(expression, 1.0, List.of(new Identification.Part(expression, 1.0, 1, lines)),
                    CopyrightNotices.holders(text));
        }
        // Unidentified: the best score seen is its confidence.
        double best = matcher.best(words, LicenseMatcher.REPORTED).map(LicenseMatch::score).orElse(0.0);
        return new Identification(Identification.NOASSERTION, best, List.of(), CopyrightNotices.holders(text));
    }

    /**
     * A text close to a license in its words but with a clause added or removed, in the order of its
     * words: a modified license, never the license itself (an MPL with a non-commercial clause is no
     * MPL).
     */
    private Optional<Identification.Part> modified(String normalised, String text, LicenseMatch m) {
        List<String> sequence = LicenseText.sequence(normalised);
        ReferenceLicense closest = m.license();
        return LicenseDiff.firstClause(sequence, catalog.order(closest), closest).map(span -> {
            int line = LicenseDiff.line(text, span.words());
            String where = line > 0 ? " at line " + line : "";
            String note = (span.kind() == LicenseDiff.Kind.ADDED ? "adds a clause" : "lacks a clause") + where
                    + " to " + closest.id() + ": \u201c" + span.excerpt() + "\u201d";
            return new Identification.Part(modifiedId(closest.id()), m.score(), 1, text.split("\n", -1).length,
                    closest.id(), note);
        });
    }

    /**
     * Whether the text matches a license's "-only" and "-or-later" ids equally: the full GPL text
     * does not say whether later versions apply (its notice does).
     */
    private boolean scopeOpen(Words words, LicenseMatch m) {
        String id = m.license().id();
        if (!id.endsWith("-only")) {
            return false;
        }
        String later = id.substring(0, id.length() - "-only".length()) + "-or-later";
        return catalog.byId(later).map(r -> Math.abs(r.score(words) - m.score()) < 0.0001).orElse(false);
    }

    /** The id of a modified copy of a license. */
    static String modifiedId(String id) {
        return (id.startsWith("LicenseRef-") ? id : "LicenseRef-" + id) + "-modified";
    }

    private Identification result(String text, List<Identification.Part> parts) {
        Map<String, Identification.Part> distinct = new LinkedHashMap<>();
        parts.forEach(p -> distinct.putIfAbsent(p.id(), p));
        List<ReferenceLicense> references = new ArrayList<>();
        distinct.keySet().forEach(id -> catalog.byId(id).ifPresent(references::add));
        String operator = offersChoice(text, references) ? " OR " : " AND ";
        String expression = String.join(operator, distinct.keySet());
        double confidence = distinct.values().stream().mapToDouble(Identification.Part::score).min().orElse(0);
        Set<String> own = new HashSet<>();
        references.forEach(r -> own.addAll(r.ownHolders()));
        List<CopyrightNotices.Holder> holders = CopyrightNotices.holders(text).stream()
                .filter(h -> !own.contains(CopyrightNotices.key(h.name()))).toList();
        return new Identification(expression, confidence, new ArrayList<>(distinct.values()), holders);
    }

    /** Whether the file offers a choice in words that are not part of the license texts themselves. */
    private static boolean offersChoice(String text, List<ReferenceLicense> references) {
        if (references.size() < 2) {
            return false;
        }
        String lower = LicenseText.normalise(text);
        for (String phrase : ChoicePhrases.in(lower)) {
            if (references.stream().noneMatch(r -> r.choicePhrases().contains(phrase))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Matches ranges of consecutive segments, choosing the ranges that together explain the most
     * words, each word that differs between a range and its license costing two: a license split by
     * its own section headings is matched whole, and a preamble or an appendix is left out rather
     * than lowering the match of what it surrounds (or matching a larger relative of the license).
     */
    private List<Identification.Part> segmented(String text) {
        List<LicenseSegments.Segment> segments = LicenseSegments.of(text);
        int k = segments.size();
        if (k < 2) {
            return List.of();
        }
        List<Words> words = segments.stream().map(s -> segmentWords.computeIfAbsent(s.text(), LicenseText::words)).toList();
        Identification.Part[][] match = new Identification.Part[k][k];
        double[][] gain = new double[k][k];
        for (int i = 0; i < k; i++) {
            Words range = new Words(Set.of());
            for (int j = i; j < k; j++) {
                range = range.union(words.get(j));
                Optional<LicenseMatch> m = rangeMatches.computeIfAbsent(range, matcher::identify);
                if (m.isPresent()) {
                    LicenseMatch lm = m.get();
                    match[i][j] = new Identification.Part(lm.license().id(), lm.score(),
                            segments.get(i).firstLine(), segments.get(j).lastLine());
                    gain[i][j] = lm.license().explained(range) - 2.0 * lm.license().mismatches(range);
                }
            }
        }
        // best[j]: the best total gain over segments [0, j); from[j] the range ending at j-1 (or -1).
        double[] best = new double[k + 1];
        int[] from = new int[k + 1];
        for (int j = 1; j <= k; j++) {
            best[j] = best[j - 1];
            from[j] = -1;
            for (int i = 0; i < j; i++) {
                if (match[i][j - 1] != null && gain[i][j - 1] > 0 && best[i] + gain[i][j - 1] > best[j]) {
                    best[j] = best[i] + gain[i][j - 1];
                    from[j] = i;
                }
            }
        }
        List<Identification.Part> parts = new ArrayList<>();
        for (int j = k; j > 0;) {
            if (from[j] < 0) {
                j--;
            } else {
                parts.add(0, match[from[j]][j - 1]);
                j = from[j];
            }
        }
        return parts;
    }
}
