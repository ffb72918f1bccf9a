package org.levermap.model;

import java.util.regex.Pattern;

/** The forms a curated fact's source may take. */
public final class Sources {

    /** An absolute http(s) URL with a host. */
    public static final Pattern URL = Pattern.compile("https?://[^\\s/?#]+[^\\s]*");

    /** {@code <repository>:<path>@<commit>} with a full or abbreviated (7+) hex commit id. */
    public static final Pattern REPOSITORY_PATH =
            Pattern.compile("[^\\s:]+(://[^\\s]+)?:[^\\s@]+@[0-9a-f]{7,64}");

    /** The pattern the JSON Schema publishes: either form. */
    public static final String SCHEMA_PATTERN = "^(https?://[^\\s/?#]+[^\\s]*|[^\\s:]+(://[^\\s]+)?:[^\\s@]+@[0-9a-f]{7,64})$";

    private Sources() {
    }

    /** Whether {@code source} is a URL or a repository path at a commit. */
    public static boolean isValid(String source) {
        return source != null
                && (URL.matcher(source).matches() || REPOSITORY_PATH.matcher(source).matches());
    }
}
