package org.levermap.cli;

/**
 * A mistake the user can fix (a non-empty folder, invalid data, a snapshot that exists): reported
 * as its message alone, never with a stack trace, and exits with {@link #exitCode()}.
 */
final class UserException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    UserException(String message) {
        this(message, ExitCode.DATA);
    }

    UserException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
