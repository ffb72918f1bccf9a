package org.levermap.collect;

/**
 * Collection failed for a reason the user can act on: the repository cannot be reached, is not a
 * git repository, has no commits, the branch does not exist. The message says which repository and
 * what is wrong, in a sentence fit for the terminal.
 */
public final class CollectException extends Exception {

    private static final long serialVersionUID = 1L;

    public CollectException(String message) {
        super(message);
    }

    public CollectException(String message, Throwable cause) {
        super(message, cause);
    }
}
