package org.levermap.cli;

/** Exit codes, the same for every subcommand. */
final class ExitCode {

    /** The command did what it was asked. */
    static final int OK = 0;
    /** The data or the files it was pointed at have problems, or the operation was refused to keep data safe. */
    static final int DATA = 1;
    /** The command line is wrong: unknown option, missing argument. */
    static final int USAGE = 2;
    /** Something failed that is not the user's mistake: an I/O error or a bug. */
    static final int FAILURE = 3;

    private ExitCode() {
    }
}
