package org.levermap.collect.people;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.collect.git.History;

class CommitSampleTest {

    @TempDir
    Path tmp;

    @Test
    void signOffsAmongRecentNonMergeCommitsAndSignaturesOnTheLine() throws Exception {
        History h = WindowFixture.build(tmp.resolve("r.git"));
        LocalDate june = LocalDate.parse("2024-06-30");
        int p = h.positionAt(ContributorWindow.end(june) - 1);
        // 7 non-merge commits reachable in June 2024, 3 signed off.
        assertArrayEquals(new int[] {7, 3}, CommitSample.signedOff(h, p));
        // The line in the window: a0 a1 a2 (signed), the merge, the bump.
        assertArrayEquals(new int[] {5, 3}, CommitSample.signedOnLine(h, p, june));
    }
}
