package org.levermap.model.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.levermap.model.assess.Assessor;
import org.levermap.model.assess.ForkKind;
import org.levermap.model.assess.ForkStatus;
import org.levermap.model.assess.Reason;
import org.levermap.model.assess.ReasonCode;
import org.levermap.model.phrase.Arg;
import org.levermap.model.phrase.Phrase;

/**
 * A fork stopping its syncs with upstream (no upstream commit within the sync period) is notable, and
 * so is a fork turning hard for another reason (renamed, relicensed); syncing again is info.
 */
final class ForkSyncRule implements ChangeRule {

    private static final Arg SYNCING = new Arg.Part(Phrase.of(ChangeText.SYNCING));
    private static final Arg STOPPED = new Arg.Part(Phrase.of(ChangeText.STOPPED_SYNCING));

    @Override
    public List<Change> changes(Step step) {
        ForkStatus was = step.was().fork();
        ForkStatus is = step.is().fork();
        if (was == null || is == null) {
            return List.of();
        }
        List<Change> changes = new ArrayList<>();
        String upstream = is.upstream();
        if (was.syncing() && !is.syncing()) {
            changes.add(step.change(ChangeKind.FORK_SYNC, Severity.NOTABLE, Step.text(upstream), SYNCING, STOPPED,
                    Phrase.of(ChangeText.FORK_STOPPED_SYNCING).text("upstream", upstream)
                            .day("since", is.lastSync()).count("period", Assessor.forkSyncPeriodDays()), List.of()));
        } else if (!was.syncing() && is.syncing()) {
            changes.add(step.change(ChangeKind.FORK_SYNC, Severity.INFO, Step.text(upstream), STOPPED, SYNCING,
                    Phrase.of(ChangeText.FORK_SYNCED_AGAIN).text("upstream", upstream)
                            .day("on", is.lastSync()), List.of()));
        }
        // Drift is reported above; its reason names a day count that changes with every snapshot.
        Set<ReasonCode> before = was.reasons().stream().map(Reason::code).collect(Collectors.toSet());
        List<Arg> newReasons = is.reasons().stream()
                .filter(r -> !r.code().isDrift() && !before.contains(r.code()))
                .<Arg>map(r -> new Arg.Part(r.text())).toList();
        if (is.kind() == ForkKind.HARD && !newReasons.isEmpty()) {
            changes.add(step.termChange(ChangeKind.FORK_SYNC, Severity.NOTABLE, upstream, was.kind(),
                    ForkKind.HARD, Phrase.of(ChangeText.FORK_HARD).text("upstream", upstream)
                            .several("reasons", newReasons, Arg.Joint.SEMICOLON), List.of()));
        }
        return changes;
    }
}
