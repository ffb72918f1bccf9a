package org.levermap.collect.license;

import java.util.regex.Pattern;

/**
 * Whether later versions of a license apply ("-only" or "-or-later"), when the text leaves it open.
 * The full GPL text does not say (its standard notice does), so a file that goes from the notice
 * ("either version 3 … or (at your option) any later version") to the full text keeps the scope the
 * notice gave, and the edit is a text edit, not a change of license.
 */
final class LicenseScope {

    /** The note of a text that leaves the scope open. */
    static final String OPEN = "the full text does not say whether later versions apply";

    private static final Pattern SCOPE = Pattern.compile("-(only|or-later)\\b");

    private LicenseScope() {
    }

    /**
     * The state to record after {@code before}: {@code after}, with the scope of {@code before} when
     * {@code after}'s files leave it open and the licenses are otherwise the same.
     */
    static LicenseState carried(LicenseState before, LicenseState after) {
        if (!open(after) || before.expression().equals(after.expression())
                || !unscoped(before.expression()).equals(unscoped(after.expression()))) {
            return after;
        }
        return new LicenseState(before.expression(), before.family(), after.confidence(), after.files());
    }

    /** Whether going from {@code before} to {@code after} changes the license, a scope left open aside. */
    static boolean changed(LicenseState before, LicenseState after) {
        if (before.expression().equals(after.expression())) {
            return false;
        }
        return !(open(before) || open(after)) || !unscoped(before.expression()).equals(unscoped(after.expression()));
    }

    private static boolean open(LicenseState state) {
        return state.files().stream().anyMatch(f -> f.note() != null && f.note().contains(OPEN));
    }

    private static String unscoped(String expression) {
        return SCOPE.matcher(expression).replaceAll("");
    }
}
