package org.levermap.model.assess;

import java.util.List;

/** A governance-model rule's conclusion and the reasons it gives. */
record Verdict(GovernanceModel model, List<String> reasons) {

    Verdict {
        reasons = List.copyOf(reasons);
    }
}
