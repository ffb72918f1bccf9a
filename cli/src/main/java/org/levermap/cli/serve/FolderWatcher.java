package org.levermap.cli.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches what a build reads in a data repository (levermap.yaml, projects/, actors/, alliances/,
 * templates/, static/), following folders as they appear, and calls back once per burst of changes
 * (an editor's save is often several events).
 */
public final class FolderWatcher implements AutoCloseable {

    /** Quiet time after the last event before the callback runs. */
    static final long SETTLE_MILLIS = 150;
    private static final List<String> WATCHED = List.of("projects", "actors", "alliances", "templates", "static");

    private final Path root;
    private final WatchService watcher;
    private final Runnable onChange;
    private final Thread thread;

    public FolderWatcher(Path root, Runnable onChange) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.watcher = FileSystems.getDefault().newWatchService();
        this.onChange = onChange;
        register(this.root, false);
        for (String folder : WATCHED) {
            register(this.root.resolve(folder), true);
        }
        thread = new Thread(this::loop, "levermap-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void register(Path dir, boolean recursive) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        if (!recursive) {
            dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
            return;
        }
        // The folder is watched before its sub-folders are listed: one created in between then shows up
        // as an event instead of being missed (as with mkdir -p, or a git checkout).
        dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        try (Stream<Path> children = Files.list(dir)) {
            for (Path d : children.filter(Files::isDirectory).toList()) {
                register(d, true);
            }
        }
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean relevant = handle(key);
                // Collect the rest of the burst.
                WatchKey more;
                while ((more = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= handle(more);
                }
                if (relevant) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: stop watching.
        }
    }

    private boolean handle(WatchKey key) {
        boolean relevant = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            Path rel = root.relativize(changed);
            String first = rel.getNameCount() == 0 ? "" : rel.getName(0).toString();
            boolean input = rel.getNameCount() == 1 ? first.equals("levermap.yaml") || WATCHED.contains(first)
                    : WATCHED.contains(first);
            if (!input || changed.getFileName().toString().startsWith(".")) {
                continue;
            }
            relevant = true;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    register(changed, true);
                } catch (IOException e) {
                    // The folder vanished again; the next event will tell.
                }
            }
        }
        key.reset();
        return relevant;
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        thread.interrupt();
    }
}
