package org.levermap.render;

import java.util.List;

/**
 * The site could not be built for a reason the user can fix (a template error, broken links, an
 * unusable output folder). The previous site is left as it was.
 */
public final class BuildException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<String> details;

    public BuildException(String message, List<String> details) {
        super(message);
        this.details = List.copyOf(details);
    }

    public BuildException(String message) {
        this(message, List.of());
    }

    /** One line per problem (each broken link), possibly empty. */
    public List<String> details() {
        return details;
    }
}
