package org.levermap.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TableTest {

    private static ChildRun run(double wall, double cpu) {
        return new ChildRun(wall, cpu, 0, 500_000, 0);
    }

    @Test
    void theRatiosOfPagesPerSecondAreLevermapsOverHugos() {
        Table table = new Table();
        table.builds(new Compare.Output(1000, 25_000), run(10, 20), new Compare.Output(1000, 24_000), run(20, 30), 2);
        String text = table.toString();
        assertTrue(text.contains("| **pages per CPU-second** | 50 | 33 | 1.50× (≥ 1.0) |"), text);
        assertTrue(text.contains("| **pages per wall-second** | 100 | 50 | 2.00× (≥ 1.0) |"), text);
        assertFalse(text.contains("smaller than levermap's"), "pages of about equal size need no note: " + text);
    }

    @Test
    void smallerHugoPagesAreNotedUnderTheTable() {
        Table table = new Table();
        table.builds(new Compare.Output(1000, 26_000), run(10, 20), new Compare.Output(1000, 13_300), run(20, 30), 2);
        assertTrue(table.toString().endsWith("Hugo's pages are smaller than levermap's (13.0 KB against 25.4 KB): Hugo's"
                + " cost per page grows with a page's size, so at an equal page size the ratios above would be higher,"
                + " not lower.\n"), table.toString());
    }
}
