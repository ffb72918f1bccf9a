package org.levermap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShardTest {

    @Test
    void readsIOfN() {
        assertEquals(new Shard(2, 4), Shard.parse("2/4"));
        assertEquals("2/4", Shard.parse(" 2 / 4 ").toString());
        assertEquals(new Shard(1, 1), Shard.parse("1/1"));
    }

    @Test
    void refusesWhatIsNotAShard() {
        assertEquals("'0/4' is not a shard: I counts from 1 to N (1/4 … 4/4)",
                assertThrows(IllegalArgumentException.class, () -> Shard.parse("0/4")).getMessage());
        assertEquals("'5/4' is not a shard: I counts from 1 to N (1/4 … 4/4)",
                assertThrows(IllegalArgumentException.class, () -> Shard.parse("5/4")).getMessage());
        assertEquals("'1/0' is not a shard: I counts from 1 to N (1/1 … 1/1)",
                assertThrows(IllegalArgumentException.class, () -> Shard.parse("1/0")).getMessage());
        assertEquals("'2' is not I/N (e.g. 2/4: the second of four shards)",
                assertThrows(IllegalArgumentException.class, () -> Shard.parse("2")).getMessage());
        assertEquals("'a/b' is not I/N (e.g. 2/4: the second of four shards)",
                assertThrows(IllegalArgumentException.class, () -> Shard.parse("a/b")).getMessage());
    }

    @Test
    void everyIdHasExactlyOneShard() {
        for (int i = 0; i < 200; i++) {
            int owners = 0;
            for (int s = 1; s <= 4; s++) {
                owners += new Shard(s, 4).owns("p" + i) ? 1 : 0;
            }
            assertEquals(1, owners, "p" + i);
        }
    }

    /** The hash is SHA-256: fixed values, the same on every JVM and machine. */
    @Test
    void theShardOfAnIdIsFixed() {
        assertEquals(1, Shard.of("anything", 1));
        Map<String, Integer> got = new HashMap<>();
        for (String id : new String[] {"redis", "terraform", "pytorch", "linux"}) {
            got.put(id, Shard.of(id, 4));
        }
        // Computed apart, with Python's hashlib: the same rule gives the same shards in any language.
        assertEquals(Map.of("redis", 2, "terraform", 1, "pytorch", 1, "linux", 1), got);
    }

    /** Going from 4 to 5 shards moves only the projects shard 5 wins, about a fifth; the others stay. */
    @Test
    void oneMoreShardMovesOnlyWhatTheNewShardTakes() {
        int moved = 0;
        int n = 10_000;
        for (int i = 0; i < n; i++) {
            int before = Shard.of("project-" + i, 4);
            int after = Shard.of("project-" + i, 5);
            if (after != before) {
                assertEquals(5, after, "project-" + i + " moved from " + before + " to " + after);
                moved++;
            }
        }
        assertTrue(moved > n / 5 - n / 50 && moved < n / 5 + n / 50, moved + " of " + n + " moved");
    }

    @Test
    void theShardsAreEvenlyFilled() {
        int[] counts = new int[4];
        for (int i = 0; i < 10_000; i++) {
            counts[Shard.of("project-" + i, 4) - 1]++;
        }
        for (int c : counts) {
            assertTrue(c > 2300 && c < 2700, java.util.Arrays.toString(counts));
        }
    }
}
