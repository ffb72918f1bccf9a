package org.levermap.collect.license;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * The distinct normalised words of a license text, which is what texts are compared on.
 *
 * @param set the words, unmodifiable
 */
record Words(Set<String> set) {

    Words {
        set = Collections.unmodifiableSet(set);
    }

    int size() {
        return set.size();
    }

    /** Sørensen–Dice coefficient: twice the shared words over the sum of both sizes, 0..1. */
    double dice(Words other) {
        if (set.isEmpty() && other.set.isEmpty()) {
            return 0;
        }
        return 2.0 * overlap(other) / (size() + other.size());
    }

    /** Number of words both texts have. */
    int overlap(Words other) {
        Set<String> small = size() <= other.size() ? set : other.set;
        Set<String> large = small == set ? other.set : set;
        int n = 0;
        for (String w : small) {
            if (large.contains(w)) {
                n++;
            }
        }
        return n;
    }

    /** The union of both word sets. */
    Words union(Words other) {
        Set<String> all = new HashSet<>(set);
        all.addAll(other.set);
        return new Words(all);
    }
}
