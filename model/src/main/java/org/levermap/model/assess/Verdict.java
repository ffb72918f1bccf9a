package org.levermap.model.assess;

import java.util.List;
import org.levermap.model.phrase.Phrase;

/** A governance-model rule's conclusion and the reasons it gives. */
record Verdict(GovernanceModel model, List<Reason> reasons) {

    Verdict {
        reasons = List.copyOf(reasons);
    }

    /** A verdict resting on one reason. */
    static Verdict of(GovernanceModel model, Phrase reason) {
        return new Verdict(model, List.of(Reason.of(reason)));
    }
}
