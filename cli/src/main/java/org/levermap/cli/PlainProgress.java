package org.levermap.cli;

import java.io.PrintWriter;
import org.levermap.collect.Progress;

/** Progress as plain lines, for logs and pipes: one line when a task ends, with its size and time. */
final class PlainProgress implements Progress {

    private final PrintWriter err;
    private String task;
    private long done;
    private long started;

    PlainProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void begin(String task, long total) {
        end();
        this.task = task;
        this.done = 0;
        this.started = System.nanoTime();
    }

    @Override
    public void stepTo(long done) {
        this.done = done;
    }

    @Override
    public void end() {
        if (task != null) {
            err.printf("levermap: %s: %d in %.1f s%n", task, done, (System.nanoTime() - started) / 1e9);
            err.flush();
            task = null;
        }
    }

    @Override
    public void note(String message) {
        err.println("levermap: " + message);
        err.flush();
    }
}
