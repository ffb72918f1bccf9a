package org.levermap.model.change;

import org.levermap.model.assess.CitationText;
import java.util.ArrayList;
import java.util.List;
import org.levermap.model.assess.Citation;
import org.levermap.model.phrase.Phrase;

/** A fork of the project appearing (its fork point falls between the two snapshots): notable. */
final class NewForkRule implements ChangeRule {

    @Override
    public List<Change> changes(Step step) {
        List<Change> changes = new ArrayList<>();
        for (Context.Fork fork : step.context().forksOf(step.project().id())) {
            if (step.within(fork.date())) {
                changes.add(step.change(ChangeKind.FORK, Severity.NOTABLE, fork.project(), null, fork.name(),
                        Phrase.of(ChangeText.FORKED).text("fork", fork.name())
                                .text("upstream", step.project().name()).day("on", fork.date()),
                        fork.evidence() == null ? List.of() : List.of(Citation.of(Phrase.of(CitationText.FORK_POINT), fork.evidence()))));
            }
        }
        return changes;
    }
}
