package org.levermap.collect.git;

import org.eclipse.jgit.lib.ProgressMonitor;
import org.levermap.collect.Progress;

/** Passes JGit's clone and fetch progress on to a {@link Progress}. */
final class JGitProgress implements ProgressMonitor {

    private final Progress progress;
    private long done;
    private boolean open;

    JGitProgress(Progress progress) {
        this.progress = progress;
    }

    @Override
    public void start(int totalTasks) {
    }

    @Override
    public void beginTask(String title, int totalWork) {
        endIfOpen();
        done = 0;
        open = true;
        progress.begin(title, totalWork == UNKNOWN ? -1 : totalWork);
    }

    @Override
    public void update(int completed) {
        done += completed;
        progress.stepTo(done);
    }

    @Override
    public void endTask() {
        endIfOpen();
    }

    @Override
    public boolean isCancelled() {
        return false;
    }

    @Override
    public void showDuration(boolean enabled) {
    }

    private void endIfOpen() {
        if (open) {
            progress.end();
            open = false;
        }
    }
}
