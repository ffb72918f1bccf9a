package org.levermap.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The plain-git pipelines a benchmark compares the collector with. Output goes to /dev/null: only
 * git's work is timed.
 */
final class GitPipeline {

    private GitPipeline() {
    }

    /**
     * The least git must do to produce a snapshot's figures: one log of every commit with the fields
     * the collector reads (dates, identities after .mailmap, parents, Signed-off-by trailers), the
     * first-parent line with its signatures, the log of the root license files, and the tags.
     */
    static List<String> lean(Path gitDir, String branch) {
        String g = "git --git-dir='" + gitDir + "' ";
        return List.of(
                g + "log --format='%H %P %ct %aE %aN %cE %(trailers:key=Signed-off-by,valueonly,separator=%x2C)' " + branch,
                g + "log --first-parent --pretty=raw " + branch,
                g + "log --first-parent --format='%H %P %ct' " + branch
                        + " -- ':(icase,glob)licen[cs]e*' ':(icase,glob)copying*' ':(icase,glob)unlicen[cs]e*'",
                g + "for-each-ref refs/tags --format='%(creatordate:unix) %(contents:signature) %(refname)'");
    }

    /** docs/recompute.sh, as someone checking a report runs it. */
    static List<String> recompute(Path script, Path gitDir, String branch, LocalDate date) {
        return List.of("TZ=UTC '" + script + "' '" + gitDir + "' " + branch + " " + date);
    }

    /** Runs the commands one after the other and returns the elapsed seconds. */
    static double time(List<String> commands) throws IOException, InterruptedException {
        long start = System.nanoTime();
        for (String c : commands) {
            Process p = new ProcessBuilder("bash", "-c", c + " > /dev/null").redirectErrorStream(true).start();
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            if (p.waitFor() != 0) {
                throw new IOException("failed: " + c);
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The epoch second of the end of a day, for messages. */
    static long endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }
}
