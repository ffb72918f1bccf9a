package org.levermap.render;

import org.levermap.model.repo.SnapshotStore;

/**
 * The data repository's caches pruned on a thread of their own while the site is planned and rendered.
 * What they must keep is settled once the change log is made (the entries of every current file and of
 * what it derived: pages read only those again), and pruning them (the entries no file uses, the key
 * memo) would otherwise be a tenth of a second at the end of every rebuild. Closing waits for it, so that
 * nothing writes into the data repository after the build has answered, failed or not.
 */
final class CachePruning implements AutoCloseable {

    private final Thread thread;

    /** Starts pruning {@code store}'s caches; nothing to do for a repository read whole (null). */
    CachePruning(SnapshotStore store) {
        this.thread = store == null ? null : new Thread(store::prune, "levermap-prune");
        if (thread != null) {
            thread.start();
        }
    }

    /** Waits until the caches are pruned; again, at once. */
    @Override
    public void close() {
        if (thread == null) {
            return;
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true; // the prune is short: it is waited for anyway, and the interrupt kept
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
