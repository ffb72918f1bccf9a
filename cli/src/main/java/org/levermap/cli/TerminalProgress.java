package org.levermap.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.levermap.collect.Progress;

/** Progress drawn as a bar on the terminal's standard error, redrawn in place. */
final class TerminalProgress implements Progress {

    private final PrintStream terminal;
    private final PrintWriter err;
    private ProgressBar bar;

    TerminalProgress(PrintStream terminal, PrintWriter err) {
        this.terminal = terminal;
        this.err = err;
    }

    @Override
    public void begin(String task, long total) {
        end();
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .setUpdateIntervalMillis(200).setConsumer(new ConsoleProgressBarConsumer(terminal)).clearDisplayOnFinish()
                .build();
    }

    @Override
    public void stepTo(long done) {
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public void end() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    @Override
    public void note(String message) {
        err.println("levermap: " + message);
        err.flush();
    }
}
