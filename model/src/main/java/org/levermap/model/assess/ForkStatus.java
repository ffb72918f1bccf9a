package org.levermap.model.assess;

import java.time.LocalDate;
import java.util.List;

/**
 * A fork's relation to its upstream as of one snapshot.
 *
 * @param upstream the upstream project id
 * @param kind soft or hard
 * @param lastSync the newest day the fork took upstream commits (its last sync, else its fork point)
 * @param syncing whether that day lies within the sync period before the snapshot date
 * @param reasons why it is hard, empty for a soft fork
 */
public record ForkStatus(String upstream, ForkKind kind, LocalDate lastSync, boolean syncing, List<Reason> reasons) {

    public ForkStatus {
        reasons = List.copyOf(reasons);
    }
}
