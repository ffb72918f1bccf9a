package org.levermap.collect.git;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.Test;

class GitStartTest {

    @Test
    void afterItTheUserConfigurationIsReadAndUpToDate() throws Exception {
        GitStart.now();
        // What it read is what opening a repository then uses: JGit reads it again only if it changed.
        assertSame(SystemReader.getInstance().getUserConfig(), SystemReader.getInstance().getUserConfig());
    }

    @Test
    void inTheBackgroundItRunsOnADaemonThreadOfItsOwnThatEnds() throws Exception {
        GitStart.inBackground();
        Optional<Thread> thread = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("levermap-git-start")).findFirst();
        if (thread.isPresent()) {
            assertTrue(thread.get().isDaemon(), "never keeps the JVM alive");
            thread.get().join(60_000);
            assertFalse(thread.get().isAlive());
        }
    }
}
