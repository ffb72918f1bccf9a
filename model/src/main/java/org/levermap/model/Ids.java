package org.levermap.model;

import java.util.regex.Pattern;

/** The rule for ids of projects, actors and alliances, which equal their file or folder name. */
public final class Ids {

    /** Lower-case letters, digits and hyphens, starting with a letter or digit, at most 63 long. */
    public static final Pattern PATTERN = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private Ids() {
    }

    /** Whether {@code id} is a well-formed id. */
    public static boolean isValid(String id) {
        return id != null && PATTERN.matcher(id).matches();
    }
}
