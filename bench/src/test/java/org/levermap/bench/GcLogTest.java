package org.levermap.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GcLogTest {

    @Test
    void theMostLiveAfterACollectionAndTheLargestCapacity() {
        GcLog log = GcLog.parse(List.of(
                "[0.010s][info][gc] Using Parallel",
                "[1.200s][info][gc] GC(0) Pause Young (Allocation Failure) 64M->12M(245M) 8.1ms",
                "[5.400s][info][gc] GC(1) Pause Full (Ergonomics) 900M->610M(981M) 912.4ms",
                "[6.000s][info][gc] GC(2) Pause Young (Allocation Failure) 950M->400M(1000M) 20.0ms",
                "[9.000s][info][gc] Metaspace: 80M->80M(96M)"));
        assertEquals(new GcLog(3, 610, 1000), log);
    }

    @Test
    void noLogNoCollections() {
        assertEquals(new GcLog(0, 0, 0), GcLog.parse(List.of()));
    }
}
