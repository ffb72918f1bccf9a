package org.levermap.collect.git;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GrowableArraysTest {

    @Test
    void theyGrowPastTheirFirstSizeAndKeepOrder() {
        GrowableArrays.IntList ints = new GrowableArrays.IntList();
        GrowableArrays.LongList longs = new GrowableArrays.LongList();
        GrowableArrays.ByteList bytes = new GrowableArrays.ByteList();
        for (int i = 0; i < 3000; i++) {
            ints.add(i);
            longs.add(-i);
            bytes.add((byte) i);
        }
        assertEquals(3000, ints.toArray().length);
        assertEquals(2999, ints.toArray()[2999]);
        assertEquals(-2999L, longs.toArray()[2999]);
        assertEquals((byte) 2999, bytes.toArray()[2999]);
        assertArrayEquals(new int[0], new GrowableArrays.IntList().toArray());
    }
}
