package org.levermap.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChildRunTest {

    @Test
    void readsGnuTimesLastLine() {
        ChildRun run = ChildRun.parse(List.of("Command exited with non-zero status 3", "12.50 20.25 1.75 812345"), 3);
        assertEquals(new ChildRun(12.5, 20.25, 1.75, 812_345, 3), run);
        assertEquals(22.0, run.cpu(), 1e-9);
    }

    @Test
    void eachFigureItsOwnMedian() {
        ChildRun median = ChildRun.median(List.of(new ChildRun(10, 1, 0.1, 100, 0), new ChildRun(30, 3, 0.3, 300, 0),
                new ChildRun(20, 5, 0.2, 200, 0)));
        assertEquals(new ChildRun(20, 3, 0.2, 300, 0), median);
    }
}
