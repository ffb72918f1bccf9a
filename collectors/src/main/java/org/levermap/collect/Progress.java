package org.levermap.collect;

/**
 * Where a collection reports how far it got: the command draws a progress bar on a terminal and
 * prints plain lines otherwise. Calls come from the collecting thread.
 */
public interface Progress {

    /** Reports nothing. */
    Progress NONE = new Progress() {
        @Override
        public void begin(String task, long total) {
        }

        @Override
        public void stepTo(long done) {
        }

        @Override
        public void end() {
        }
    };

    /** A task starts; {@code total} is its number of steps, or -1 when unknown. */
    void begin(String task, long total);

    /** The current task has done {@code done} steps. */
    void stepTo(long done);

    /** The current task is over. */
    void end();

    /** Something the user should know (a shallow clone, a skipped date), said as it happens. */
    default void note(String message) {
    }
}
