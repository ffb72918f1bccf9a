package org.levermap.model.change;

import org.levermap.model.phrase.Arg;
import org.levermap.model.assess.CitationText;
import java.util.List;
import org.levermap.model.ContributionFacts;
import org.levermap.model.Evidence;
import org.levermap.model.Snapshot;
import org.levermap.model.assess.Citation;
import org.levermap.model.phrase.Phrase;

/**
 * A CLA appearing is notable: it is what makes a later relicensing possible. A CLA going away is info.
 * Compared only when both snapshots observed the contribution terms.
 */
final class ClaRule implements ChangeRule {

    /** A CLA is required: the value of the change. */
    private static Arg required() {
        return new Arg.Part(Phrase.of(ChangeText.CLA_REQUIRED_VALUE));
    }

    @Override
    public List<Change> changes(Step step) {
        ContributionFacts.Terms before = terms(step.before());
        ContributionFacts.Terms after = terms(step.after());
        if (before == null || after == null) {
            return List.of();
        }
        boolean was = Boolean.TRUE.equals(before.cla());
        boolean is = Boolean.TRUE.equals(after.cla());
        if (was == is) {
            return List.of();
        }
        if (is) {
            List<Citation> evidence = after.claEvidence().stream().filter(e -> e != null)
                    .map((Evidence e) -> Citation.of(Phrase.of(CitationText.CLA), e)).toList();
            return List.of(step.change(ChangeKind.CLA, Severity.NOTABLE, null, null, required(),
                    Phrase.of(ChangeText.CLA_REQUIRED), evidence));
        }
        return List.of(step.change(ChangeKind.CLA, Severity.INFO, null, required(), null,
                Phrase.of(ChangeText.CLA_DROPPED), List.of()));
    }

    static ContributionFacts.Terms terms(Snapshot s) {
        return s.contribution() == null ? null : s.contribution().terms();
    }
}
