package org.levermap.collect.git;

import java.io.IOException;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.util.SystemReader;

/**
 * What JGit does once per process before it opens the first repository, done ahead: it detects the file
 * system and reads the user's and the system's git configuration, and to find the system's it runs
 * {@code git config --system --edit} once. A command that starts this on another core while it reads its
 * data files has it done when it opens the repository (README, Start-up). JGit keeps what it read and
 * reads a file again only when it changed, so opening a repository afterwards sees the same settings.
 */
public final class GitStart {

    private GitStart() {
    }

    /** Starts it on a daemon thread of its own and returns at once. */
    public static void inBackground() {
        Thread thread = new Thread(GitStart::now, "levermap-git-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** Does it now; a configuration that cannot be read is left for the opening of the repository to report. */
    static void now() {
        try {
            // The user's configuration has the system's as its parent: both are read.
            SystemReader.getInstance().getUserConfig();
        } catch (IOException | ConfigInvalidException | RuntimeException e) {
            // Reported, in the user's terms, when a repository is opened.
        }
    }
}
