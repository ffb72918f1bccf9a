package org.levermap.model.assess;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.levermap.model.LineageFacts;
import org.levermap.model.Project;
import org.levermap.model.Snapshot;
import org.levermap.model.phrase.Phrase;

/**
 * A fork is <b>hard</b> when any of these holds, each a reason with its figures: it was renamed (its
 * name now differs from the name at the fork point), it was relicensed (its license differs from the
 * license at the fork point and from upstream's), the licenses diverged (upstream moved away from the
 * license at the fork point and the fork kept it), or it stopped syncing (no upstream commit merged
 * for more than {@value #SYNC_PERIOD_DAYS} days before the snapshot date, counted from the last sync,
 * or from the fork point when it never synced). Otherwise it is <b>soft</b>. A fork that kept its
 * name and license but has not merged upstream for a year is hard by drift.
 */
final class ForkKindRule {

    /** How long a fork may go without taking upstream commits and still count as following upstream. */
    static final int SYNC_PERIOD_DAYS = 365;

    /** The fork's status, or null when the snapshot has no lineage with an upstream. */
    ForkStatus apply(Project project, Snapshot snapshot) {
        LineageFacts lineage = snapshot == null ? null : snapshot.lineage();
        if (lineage == null || lineage.upstream() == null) {
            return null;
        }
        List<Reason> reasons = new ArrayList<>();
        // Compare like with like: the name the repository gives itself now, else the curated name.
        String name = lineage.name() != null ? lineage.name() : project.name();
        if (lineage.nameAtFork() != null && !normalised(lineage.nameAtFork()).equals(normalised(name))) {
            reasons.add(Reason.of(Reason.code(ReasonCode.FORK_RENAMED).text("atFork", lineage.nameAtFork())
                    .text("now", name)));
        }
        String license = snapshot.license() == null ? null : snapshot.license().spdx();
        String atFork = lineage.licenseAtFork();
        String upstream = lineage.upstreamLicense();
        boolean forkChanged = license != null && atFork != null && !license.equals(atFork);
        if (forkChanged && (upstream == null || !license.equals(upstream))) {
            reasons.add(Reason.of(Reason.code(ReasonCode.FORK_RELICENSED).text("atFork", atFork).text("now", license)
                    .part("upstream", upstream == null ? null : Phrase.of(PhraseKey.FORK_UPSTREAM_LICENSE)
                            .text("license", upstream))));
        } else if (!forkChanged && license != null && upstream != null && !license.equals(upstream)) {
            reasons.add(atFork != null
                    ? Reason.of(Reason.code(ReasonCode.FORK_LICENSES_DIVERGED).text("atFork", atFork)
                            .text("upstream", upstream).text("now", license))
                    : Reason.of(Reason.code(ReasonCode.FORK_LICENSES_DIFFER).text("now", license)
                            .text("upstream", upstream)));
        }
        LocalDate lastSync = newer(lineage.lastSync(), lineage.forkDate());
        long days = lastSync == null ? 0 : ChronoUnit.DAYS.between(lastSync, snapshot.date());
        boolean syncing = lastSync == null || days <= SYNC_PERIOD_DAYS;
        if (!syncing) {
            Phrase drift = Reason.code(lineage.lastSync() != null ? ReasonCode.FORK_STOPPED_SYNCING
                    : ReasonCode.FORK_NEVER_SYNCED).day("since", lineage.lastSync() != null ? lineage.lastSync()
                    : lineage.forkDate()).count("days", days).day("date", snapshot.date()).count("period", SYNC_PERIOD_DAYS);
            reasons.add(Reason.of(drift));
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
