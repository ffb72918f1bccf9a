package org.levermap.collect.license;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Words with which a file offers a choice between licenses ("dual-licensing", "your choice of"). */
final class ChoicePhrases {

    static final List<String> ALL = List.of("dual licens", "dual-licens", "dually licens", "your choice", "user's choice",
            "users choice", "choice of", "at your option", "either license", "one of the following licenses",
            "tri-licens", "multi-licens", "alternatively");

    private ChoicePhrases() {
    }

    /** The phrases a normalised text contains. */
    static Set<String> in(String normalised) {
        Set<String> found = new LinkedHashSet<>();
        for (String p : ALL) {
            if (normalised.contains(p)) {
                found.add(p);
            }
        }
        return found;
    }
}
