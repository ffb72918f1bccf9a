package org.levermap.model.lineage;

import java.util.List;

/**
 * The kind of a fork as of a snapshot, with every reason that made it so.
 *
 * @param kind soft or hard
 * @param reasons in words, each naming its figures; for a soft fork, why it counts as soft
 */
public record ForkJudgement(ForkKind kind, List<String> reasons) {

    public ForkJudgement {
        reasons = List.copyOf(reasons);
    }
}
