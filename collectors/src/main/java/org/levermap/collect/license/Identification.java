package org.levermap.collect.license;

import java.util.List;

/**
 * What a license text was identified as.
 *
 * @param expression SPDX expression; {@code NOASSERTION} when no license reached the threshold
 * @param confidence the lowest score of its parts, or the best score seen when unidentified, 0..1
 * @param parts the licenses found, in the order of the text
 * @param holders copyright holders named in the text, the licenses' own notices left out
 */
record Identification(String expression, double confidence, List<Part> parts, List<CopyrightNotices.Holder> holders) {

    /** The expression of a text that was not identified. */
    static final String NOASSERTION = "NOASSERTION";

    Identification {
        parts = List.copyOf(parts);
        holders = List.copyOf(holders);
    }

    /**
     * One license in the text.
     *
     * @param id its id
     * @param score its similarity, 0..1
     * @param firstLine first line of the text it was matched on, 1-based
     * @param lastLine last line
     * @param closest for a modified license ({@code LicenseRef-<id>-modified}), the license it
     *     modifies; else null
     * @param note what sets the text apart from {@code closest} (the clause added or removed, with
     *     its line), or why a file was read the way it was; null when nothing needs saying
     */
    record Part(String id, double score, int firstLine, int lastLine, String closest, String note) {

        /** A license found as it is. */
        Part(String id, double score, int firstLine, int lastLine) {
            this(id, score, firstLine, lastLine, null, null);
        }
    }

    boolean identified() {
        return !parts.isEmpty();
    }
}
