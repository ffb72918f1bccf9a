package org.levermap.render.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ChangePagingTest {

    private static final int PER = SitePaths.CHANGES_PER_PAGE;

    @Test
    void everyChangeIsOnExactlyOnePageAndOnlyTheEntryPageIsLonger() {
        for (int total = 0; total <= 5 * PER + 3; total++) {
            int pages = ChangePaging.pages(total);
            int next = 0;
            for (int n = 1; n <= pages; n++) {
                int[] r = ChangePaging.range(n, total);
                assertEquals(next, r[0], "page " + n + " of " + total);
                int size = r[1] - r[0];
                if (n < pages) {
                    assertEquals(PER, size);
                } else {
                    assertTrue(size < 2 * PER && (total < PER || size >= PER), total + ": entry page of " + size);
                }
                next = r[1];
            }
            assertEquals(total, next);
        }
    }

    @Test
    void aChangeAddedAtTheTopMovesAtMostTheTwoNewestPages() {
        for (int total = 0; total <= 5 * PER; total++) {
            int before = ChangePaging.pages(total);
            int moved = 0;
            for (int n = 1; n <= before; n++) {
                boolean wasEntry = n == before;
                boolean isEntry = n == ChangePaging.pages(total + 1);
                if (!Arrays.equals(ChangePaging.range(n, total), ChangePaging.range(n, total + 1)) || wasEntry != isEntry) {
                    moved++;
                }
            }
            assertTrue(moved <= 2, total + ": " + moved + " pages moved");
        }
    }

    @Test
    void theEntryPageIsTheLast() {
        assertEquals(1, ChangePaging.pages(0));
        assertEquals(1, ChangePaging.pages(2 * PER - 1));
        assertEquals(2, ChangePaging.pages(2 * PER));
        assertEquals(0, ChangePaging.range(1, 0)[1]);
        assertEquals(PER, ChangePaging.range(1, 2 * PER)[1]);
        assertEquals(2 * PER + 5, ChangePaging.range(2, 2 * PER + 5)[1]);
    }
}
