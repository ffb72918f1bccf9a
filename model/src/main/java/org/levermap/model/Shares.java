package org.levermap.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The arithmetic of shares, owned here so that a collector and the build round them alike. */
public final class Shares {

    private Shares() {
    }

    /** {@code part / whole} rounded to four decimals; 0 when {@code whole} is 0. */
    public static double of(int part, int whole) {
        return whole == 0 ? 0 : Math.round(10_000.0 * part / whole) / 10_000.0;
    }

    /**
     * The fewest of {@code counts}, largest first, whose sum reaches half of {@code total}; 0 when
     * {@code total} is 0. The CHAOSS bus factor (counts by author) and elephant factor (by organisation).
     */
    public static int fewestReachingHalf(Collection<Integer> counts, int total) {
        if (total == 0) {
            return 0;
        }
        List<Integer> sorted = new ArrayList<>(counts);
        sorted.sort(Comparator.reverseOrder());
        long sum = 0;
        for (int i = 0; i < sorted.size(); i++) {
            sum += sorted.get(i);
            if (sum * 2 >= total) {
                return i + 1;
            }
        }
        return sorted.size();
    }
}
