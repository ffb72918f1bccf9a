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

/**
 * A fork stopping its syncs with upstream (no upstream commit within the sync period) is notable, and
 * so is a fork turning hard for another reason (renamed, relicensed); syncing again is info.
 */
final class ForkSyncRule implements ChangeRule {

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
            changes.add(step.change(ChangeKind.FORK_SYNC, Severity.NOTABLE, upstream, "syncing", "stopped",
                    "Stopped syncing with " + upstream + ": no upstream commit since " + is.lastSync() + " (more than "
                            + Assessor.forkSyncPeriodDays() + " days).", List.of()));
        } else if (!was.syncing() && is.syncing()) {
            changes.add(step.change(ChangeKind.FORK_SYNC, Severity.INFO, upstream, "stopped", "syncing",
                    "Synced with " + upstream + " again on " + is.lastSync() + ".", List.of()));
        }
        // Drift is reported above; its reason names a day count that changes with every snapshot.
        Set<ReasonCode> before = was.reasons().stream().map(Reason::code).collect(Collectors.toSet());
        List<String> newReasons = is.reasons().stream()
                .filter(r -> !r.code().isDrift() && !before.contains(r.code()))
                .map(Reason::text).toList();
        if (is.kind() == ForkKind.HARD && !newReasons.isEmpty()) {
            changes.add(step.change(ChangeKind.FORK_SYNC, Severity.NOTABLE, upstream, was.kind().keyword(),
                    "hard", "The fork of " + upstream + " is hard: " + String.join("; ", newReasons) + ".", List.of()));
        }
        return changes;
    }
}
