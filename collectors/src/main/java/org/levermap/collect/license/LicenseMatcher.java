package org.levermap.collect.license;

import java.util.Comparator;
import java.util.Optional;

/**
 * Finds the reference license closest to a text by Sørensen–Dice similarity of their normalised
 * word sets, as licensee does. A text is identified when the best score reaches {@link #THRESHOLD},
 * or when it is an abridged copy of one license: a long text nearly all of whose words belong to
 * that license, and which has most of its words (HashiCorp's Business Source License leaves out
 * the licensor's covenants to MariaDB, for one). The score reported is the Dice coefficient either way.
 */
final class LicenseMatcher {

    /**
     * The score a text must reach to be identified. High, because related licenses are close:
     * BSD-2-Clause and BSD-3-Clause score about 0.9 against each other.
     */
    static final double THRESHOLD = 0.95;

    /** Candidates closer than this are still reported, as the confidence of a failed identification. */
    static final double REPORTED = 0.5;

    /** An abridged copy: at least this share of its words are the license's… */
    static final double ABRIDGED_PRECISION = 0.98;
    /** …it has at least this share of the license's required words… */
    static final double ABRIDGED_RECALL = 0.75;
    /** …and at least this many words, so that a clause quoted on its own never qualifies. */
    static final int ABRIDGED_MIN_WORDS = 100;

    /** Among equal scores: listed SPDX ids first, then "-only" over "-or-later", then shorter ids. */
    private static final Comparator<LicenseMatch> PREFERENCE = Comparator
            .comparingDouble(LicenseMatch::score).reversed()
            .thenComparing(m -> !m.license().listed())
            .thenComparing(m -> !m.license().id().endsWith("-only"))
            .thenComparingInt(m -> m.license().id().length())
            .thenComparing(m -> m.license().id());

    private final LicenseCatalog catalog;

    LicenseMatcher(LicenseCatalog catalog) {
        this.catalog = catalog;
    }

    /** The closest reference scoring at least {@code floor}, if any. */
    Optional<LicenseMatch> best(Words words, double floor) {
        if (words.size() == 0) {
            return Optional.empty();
        }
        LicenseMatch best = null;
        for (ReferenceLicense r : catalog.candidates(words.size(), floor)) {
            LicenseMatch m = new LicenseMatch(r, round(r.score(words)));
            if (m.score() >= floor && (best == null || PREFERENCE.compare(m, best) < 0)) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The reference the text is a copy of, if any: the closest above the threshold, else an abridged one. */
    Optional<LicenseMatch> identify(Words words) {
        Optional<LicenseMatch> close = best(words, THRESHOLD);
        if (close.isPresent() || words.size() < ABRIDGED_MIN_WORDS) {
            return close;
        }
        LicenseMatch best = null;
        for (ReferenceLicense r : catalog.all()) {
            if (r.minSize() * ABRIDGED_RECALL > words.size() || r.minSize() < words.size() / 2) {
                continue;
            }
            int inLicense = r.explained(words);
            if (inLicense >= ABRIDGED_PRECISION * words.size()
                    && words.overlap(r.required()) >= ABRIDGED_RECALL * r.required().size()) {
                LicenseMatch m = new LicenseMatch(r, round(r.score(words)));
                if (best == null || PREFERENCE.compare(m, best) < 0) {
                    best = m;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Scores are compared and reported to four decimals, so that equal texts tie exactly. */
    private static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }
}
