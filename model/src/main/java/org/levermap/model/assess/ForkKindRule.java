package org.levermap.model.assess;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.levermap.model.LineageFacts;
import org.levermap.model.Project;
import org.levermap.model.Snapshot;

/**
 * A fork is hard when it was renamed (its name differs from the name at the fork point), relicensed
 * (its license differs from the upstream license at the fork point), or has stopped syncing (it took
 * no upstream commit in the {@value #SYNC_PERIOD_DAYS} days before the snapshot date); otherwise it is
 * soft. The last sync is the newer of {@code last_sync} and the fork point's date.
 */
final class ForkKindRule {

    /** How long a fork may go without taking upstream commits and still count as following upstream. */
    static final int SYNC_PERIOD_DAYS = 180;

    /** The fork's status, or null when the snapshot has no lineage with an upstream. */
    ForkStatus apply(Project project, Snapshot snapshot) {
        LineageFacts lineage = snapshot == null ? null : snapshot.lineage();
        if (lineage == null || lineage.upstream() == null) {
            return null;
        }
        List<String> reasons = new ArrayList<>();
        if (lineage.nameAtFork() != null && !normalised(lineage.nameAtFork()).equals(normalised(project.name()))) {
            reasons.add("renamed from " + lineage.nameAtFork() + " to " + project.name());
        }
        String license = snapshot.license() == null ? null : snapshot.license().spdx();
        if (lineage.licenseAtFork() != null && license != null && !lineage.licenseAtFork().equals(license)) {
            reasons.add("relicensed from " + lineage.licenseAtFork() + " to " + license);
        }
        LocalDate lastSync = newer(lineage.lastSync(), lineage.forkDate());
        boolean syncing = lastSync == null
                || ChronoUnit.DAYS.between(lastSync, snapshot.date()) <= SYNC_PERIOD_DAYS;
        if (!syncing) {
            reasons.add("took no upstream commit since " + lastSync + " (more than " + SYNC_PERIOD_DAYS + " days)");
        }
        return new ForkStatus(lineage.upstream(), reasons.isEmpty() ? ForkKind.SOFT : ForkKind.HARD, lastSync,
                syncing, reasons);
    }

    /** Names compared without case, spaces or punctuation: "Open Search" and "opensearch" are one name. */
    private static String normalised(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static LocalDate newer(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
