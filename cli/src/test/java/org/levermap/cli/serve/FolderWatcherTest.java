package org.levermap.cli.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatcherTest {

    @TempDir
    Path root;

    @Test
    @SuppressWarnings("try")
    void callsBackOncePerBurstOfChangesToWhatABuildReads() throws Exception {
        Files.writeString(root.resolve("levermap.yaml"), "title: T\n");
        Files.createDirectories(root.resolve("projects/p"));
        Semaphore changes = new Semaphore(0);
        try (FolderWatcher unused = new FolderWatcher(root, changes::release)) {
            Files.writeString(root.resolve("projects/p/project.yaml"), "id: p\nname: P\n");
            assertTrue(changes.tryAcquire(10, TimeUnit.SECONDS), "a project file changed");
            Files.createDirectories(root.resolve("projects/q/snapshots"));
            assertTrue(changes.tryAcquire(10, TimeUnit.SECONDS), "a new folder");
            Thread.sleep(FolderWatcher.SETTLE_MILLIS * 2);
            changes.drainPermits();
            Files.writeString(root.resolve("projects/q/snapshots/2024-01-31.yaml"), "x");
            assertTrue(changes.tryAcquire(10, TimeUnit.SECONDS), "a file in a new folder");
            changes.drainPermits();
            Files.createDirectories(root.resolve("_site"));
            Files.writeString(root.resolve("_site/index.html"), "out");
            Files.writeString(root.resolve("notes.txt"), "not an input");
            assertTrue(!changes.tryAcquire(1, TimeUnit.SECONDS), "output and other files are ignored");
            Files.writeString(root.resolve("levermap.yaml"), "title: T2\n");
            assertTrue(changes.tryAcquire(10, TimeUnit.SECONDS), "levermap.yaml changed");
        }
    }
}
