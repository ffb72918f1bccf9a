package org.levermap.model.assess;

import java.util.List;

/** A governance-model rule's conclusion and the reasons it gives. */
record Verdict(GovernanceModel model, List<Reason> reasons) {

    Verdict {
        reasons = List.copyOf(reasons);
    }

    /** A verdict resting on one reason. */
    static Verdict of(GovernanceModel model, ReasonCode code, String text) {
        return new Verdict(model, List.of(Reason.of(code, text)));
    }
}
