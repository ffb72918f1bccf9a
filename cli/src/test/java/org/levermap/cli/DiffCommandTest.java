package org.levermap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

    @TempDir
    Path tmp;

    @Test
    void withoutDatesComparesTheTwoNewestSnapshots() throws Exception {
        Path dir = TestReport.write(tmp.resolve("r"));
        Run run = Run.of("diff", "widget", "-C", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Widget: 2024-02-29 → 2024-03-31\n\n2024-03-31 (since 2024-02-29): no change\n\n0 changes in total\n",
                run.out());
    }

    @Test
    void printsEveryChangeBetweenTwoDatesWithSeverity() throws Exception {
        Path dir = TestReport.write(tmp.resolve("r"));
        Run run = Run.of("diff", "widget", "2024-01-31", "2024-03-31", "-C", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
                Widget: 2024-01-31 → 2024-03-31

                2024-02-29 (since 2024-01-31): 2 changes
                  ALERT    License                  MIT (permissive) → BUSL-1.1 (source-available)
                           The license moved to a more restrictive family: MIT (permissive) → BUSL-1.1 (source-available).
                  NOTABLE  CLA                      none → required
                           Contributors must now sign a CLA, which lets its holder relicense their work.

                2024-03-31 (since 2024-02-29): no change

                2 changes in total
                """, run.out());
    }

    @Test
    void mistakesAreNamed() throws Exception {
        Path dir = TestReport.write(tmp.resolve("r"));
        Run unknown = Run.of("diff", "gadget", "-C", dir.toString());
        assertEquals(1, unknown.exitCode());
        assertEquals("levermap: no project 'gadget' in " + dir + "; projects: widget\n", unknown.err());
        Run noSuchDate = Run.of("diff", "widget", "2024-01-30", "-C", dir.toString());
        assertEquals(1, noSuchDate.exitCode());
        assertTrue(noSuchDate.err().contains("its snapshots: 2024-01-31, 2024-02-29, 2024-03-31"), noSuchDate.err());
        Run backwards = Run.of("diff", "widget", "2024-03-31", "2024-01-31", "-C", dir.toString());
        assertEquals(2, backwards.exitCode());
        Run notADate = Run.of("diff", "widget", "March", "-C", dir.toString());
        assertEquals(2, notADate.exitCode());
    }
}
