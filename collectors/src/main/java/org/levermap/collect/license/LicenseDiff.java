package org.levermap.collect.license;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Compares a text with the license it is closest to in the order of its words, which the word-set
 * score cannot see: a clause added to a license (a non-commercial restriction in an MPL, a clause
 * 4(e) in an Apache License) reuses the license's own words, so it hardly lowers the word-set
 * score, but its consecutive word pairs (bigrams) are not the license's. A run of such pairs is an
 * added clause; a run of the license's own pairs the text lacks is a removed clause. Isolated pairs
 * (a field filled in, a word of markup) are no clause.
 */
final class LicenseDiff {

    /** Words a run must have to be a clause rather than a filled-in field or a stray word. */
    static final int CLAUSE_WORDS = 8;
    /** Known pairs a run may have inside it ("of the", "this license") and still be one run. */
    private static final int GAP = 3;
    /**
     * New pairs of the license's own words an added run must have to be a clause: names, addresses
     * and dates filled into a license are words it does not have; a clause rewords it.
     */
    static final int ADDED_CLAUSE = 10;
    /**
     * Missing pairs a removed run must have: higher, because copies leave out optional-looking parts
     * the template does not mark as optional (a contact line, an example notice).
     */
    static final int REMOVED_CLAUSE = 16;

    private LicenseDiff() {
    }

    /** Whether a run was added to the license or removed from it. */
    enum Kind { ADDED, REMOVED }

    /**
     * A run of words the text and the license do not share in this order.
     *
     * @param kind added to the text or missing from it
     * @param words the run's words, normalised
     * @param interior whether both the text and the license go on around it (not a preamble or an appendix)
     * @param recombined pairs of the run made of two words of the license
     */
    record Span(Kind kind, List<String> words, boolean interior, int recombined) {

        Span {
            words = List.copyOf(words);
        }

        /** Whether the run changes the terms: a clause inside the license, added or removed. */
        boolean clause() {
            return interior && recombined >= (kind == Kind.ADDED ? ADDED_CLAUSE : REMOVED_CLAUSE);
        }

        String excerpt() {
            return String.join(" ", words.subList(0, Math.min(words.size(), 24))) + (words.size() > 24 ? " …" : "");
        }
    }

    /**
     * The runs of at least {@link #CLAUSE_WORDS} words that differ.
     *
     * @param text the text's words in order
     */
    static List<Span> spans(List<String> text, ReferenceOrder reference, ReferenceLicense license) {
        List<Span> out = new ArrayList<>(runs(text, reference.bigrams(), Kind.ADDED, license));
        out.addAll(runs(reference.required(), ReferenceOrder.bigrams(text), Kind.REMOVED, license));
        return out;
    }

    /** The first run that changes the terms, if any. */
    static java.util.Optional<Span> firstClause(List<String> text, ReferenceOrder reference, ReferenceLicense license) {
        return spans(text, reference, license).stream().filter(Span::clause).findFirst();
    }

    /**
     * The 1-based line of {@code text} where a run of words starts, or 0 when it cannot be found
     * (normalisation rewrote it).
     */
    static int line(String text, List<String> words) {
        List<String> tokens = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        String[] all = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < all.length; i++) {
            for (String w : LicenseText.sequence(all[i].toLowerCase(java.util.Locale.ROOT))) {
                tokens.add(w);
                lines.add(i + 1);
            }
        }
        int k = Math.min(4, words.size());
        for (int i = 0; i + k <= tokens.size(); i++) {
            if (tokens.subList(i, i + k).equals(words.subList(0, k))) {
                return lines.get(i);
            }
        }
        return 0;
    }

    /** Bigram Sørensen–Dice coefficient of the text and the license, 0..1. */
    static double bigramScore(List<String> text, ReferenceOrder reference) {
        Set<String> mine = ReferenceOrder.bigrams(text);
        Set<String> theirs = ReferenceOrder.bigrams(reference.required());
        if (mine.isEmpty() && theirs.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String b : mine) {
            if (theirs.contains(b) || reference.bigrams().contains(b)) {
                shared++;
            }
        }
        return Math.min(1.0, 2.0 * shared / (mine.size() + theirs.size()));
    }

    private static int recombined(List<String> run, ReferenceLicense license) {
        int n = 0;
        for (int i = 1; i < run.size(); i++) {
            if (ownWord(run.get(i - 1), license) && ownWord(run.get(i), license)) {
                n++;
            }
        }
        return n;
    }

    private static boolean ownWord(String w, ReferenceLicense license) {
        return license.required().set().contains(w) || license.optional().set().contains(w);
    }

    /** Runs of {@code words} whose pairs {@code known} lacks. */
    private static List<Span> runs(List<String> words, Set<String> known, Kind kind, ReferenceLicense license) {
        int n = words.size();
        boolean[] unknown = new boolean[n];
        int firstKnown = -1;
        int lastKnown = -1;
        for (int i = 1; i < n; i++) {
            unknown[i] = !known.contains(words.get(i - 1) + " " + words.get(i));
            if (!unknown[i]) {
                lastKnown = i;
                if (firstKnown < 0) {
                    firstKnown = i;
                }
            }
        }
        List<Span> out = new ArrayList<>();
        int i = 1;
        while (i < n) {
            if (!unknown[i]) {
                i++;
                continue;
            }
            int start = i;
            int end = i;
            int j = i + 1;
            while (j < n && j - end <= GAP + 1) {
                if (unknown[j]) {
                    end = j;
                }
                j++;
            }
            // Pair i joins words i-1 and i: the run covers words start-1 .. end.
            if (end - start + 2 >= CLAUSE_WORDS) {
                boolean interior = firstKnown >= 0 && firstKnown < start && lastKnown > end;
                List<String> run = words.subList(start - 1, end + 1);
                out.add(new Span(kind, run, interior, recombined(run, license)));
            }
            i = end + 1;
        }
        return out;
    }
}
