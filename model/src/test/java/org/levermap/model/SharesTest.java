package org.levermap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SharesTest {

    @Test
    void sharesAreRoundedToFourDecimals() {
        assertEquals(0.6667, Shares.of(2, 3));
        assertEquals(0.0, Shares.of(1, 0));
    }

    @Test
    void busAndElephantFactorsAreTheFewestReachingHalf() {
        assertEquals(2, Shares.fewestReachingHalf(List.of(30, 25, 25, 20), 100));
        assertEquals(1, Shares.fewestReachingHalf(List.of(50, 50), 100));
        assertEquals(3, Shares.fewestReachingHalf(List.of(1, 1, 1, 1, 1), 5));
        assertEquals(0, Shares.fewestReachingHalf(List.of(), 0));
    }
}
