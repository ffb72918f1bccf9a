package org.levermap.model.change;

import java.util.List;
import org.levermap.model.phrase.Arg;
import org.levermap.model.ContributionFacts;
import org.levermap.model.assess.Concentrations;
import org.levermap.model.phrase.Phrase;

/**
 * The DCO appearing or going, both info. The DCO is in use when at least half of the sampled commits
 * carry a Signed-off-by trailer.
 */
final class DcoRule implements ChangeRule {

    static final double IN_USE = 0.5;

    @Override
    public List<Change> changes(Step step) {
        ContributionFacts.Terms before = ClaRule.terms(step.before());
        ContributionFacts.Terms after = ClaRule.terms(step.after());
        if (before == null || after == null || before.dcoShare() == null || after.dcoShare() == null) {
            return List.of();
        }
        boolean was = before.dcoShare() >= IN_USE;
        boolean is = after.dcoShare() >= IN_USE;
        if (was == is) {
            return List.of();
        }
        Arg from = new Arg.Part(Phrase.of(ChangeText.SIGNED_OFF).share("share", before.dcoShare()));
        Arg to = new Arg.Part(Phrase.of(ChangeText.SIGNED_OFF).share("share", after.dcoShare()));
        return List.of(step.change(ChangeKind.DCO, Severity.INFO, null, from, to,
                Phrase.of(is ? ChangeText.DCO_IN_USE : ChangeText.DCO_DROPPED),
                List.of()));
    }

}
