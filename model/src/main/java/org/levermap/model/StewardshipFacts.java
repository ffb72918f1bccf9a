package org.levermap.model;

import java.time.LocalDate;

/**
 * Stewardship levers visible in git: release signing.
 *
 * @param tags number of tags
 * @param signedTags tags carrying a GPG or SSH signature
 * @param latestTag the newest tag by date
 * @param latestTagDate its date
 * @param signedCommitShare share of first-parent commits in the window that are signed
 */
public record StewardshipFacts(
        @Count Integer tags,
        @Count Integer signedTags,
        String latestTag,
        LocalDate latestTagDate,
        @Share Double signedCommitShare) {
}
