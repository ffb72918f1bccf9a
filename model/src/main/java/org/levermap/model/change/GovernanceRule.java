package org.levermap.model.change;

import java.util.List;
import org.levermap.model.assess.GovernanceModel;
import org.levermap.model.phrase.Arg;
import org.levermap.model.phrase.Phrase;

/**
 * The governance model changing: a move from a foundation, coalition or community model to a BDFL or
 * a corporate-led one centralises power and is an alert; a move from or to unknown only reflects the
 * data and is info; any other move is notable.
 */
final class GovernanceRule implements ChangeRule {

    @Override
    public List<Change> changes(Step step) {
        GovernanceModel was = step.was().model();
        GovernanceModel is = step.is().model();
        if (was == is) {
            return List.of();
        }
        Severity severity;
        if (was == GovernanceModel.UNKNOWN || is == GovernanceModel.UNKNOWN) {
            severity = Severity.INFO;
        } else if (is.isCentralised() && !was.isCentralised()) {
            severity = Severity.ALERT;
        } else {
            severity = Severity.NOTABLE;
        }
        return List.of(step.termChange(ChangeKind.GOVERNANCE_MODEL, severity, null, was, is,
                Phrase.of(ChangeText.GOVERNANCE_MODEL_CHANGED).term("was", was).term("is", is)
                        .several("reasons", step.is().modelReasons().stream().<Arg>map(r -> new Arg.Part(r.text()))
                                .toList(), Arg.Joint.SPACE), List.of()));
    }
}
