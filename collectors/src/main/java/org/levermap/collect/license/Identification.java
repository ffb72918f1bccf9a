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
     */
    record Part(String id, double score, int firstLine, int lastLine) {
    }

    boolean identified() {
        return !parts.isEmpty();
    }
}
