package org.levermap.collect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void diceIsTwiceTheSharedWordsOverBothSizes() {
        Words a = new Words(Set.of("a1", "b2", "c3", "d4"));
        Words b = new Words(Set.of("a1", "b2", "e5"));
        assertEquals(2, a.overlap(b));
        assertEquals(2.0 * 2 / 7, a.dice(b));
        assertEquals(1.0, a.dice(a));
        assertEquals(0.0, new Words(Set.of()).dice(new Words(Set.of())));
        assertEquals(Set.of("a1", "b2", "c3", "d4", "e5"), a.union(b).set());
    }
}
