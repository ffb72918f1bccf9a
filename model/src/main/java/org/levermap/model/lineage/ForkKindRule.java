package org.levermap.model.lineage;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.levermap.model.LicenseFacts;
import org.levermap.model.LineageFacts;
import org.levermap.model.Snapshot;

/**
 * Judges a fork from its snapshot, never stored: a fork is <b>hard</b> when it was renamed, when its
 * license and its upstream's have diverged, or when it has not merged upstream for more than
 * {@link #DRIFT_DAYS} days (counted from its last sync, or from the fork point if it never synced);
 * otherwise it is <b>soft</b>. A fork that kept name and license but stopped syncing a year ago is
 * hard by drift.
 */
public final class ForkKindRule {

    /** How long a fork may go without merging upstream and still count as following it. */
    public static final int DRIFT_DAYS = 365;

    private ForkKindRule() {
    }

    /** The judgement for a fork's snapshot; empty when the snapshot has no fork lineage. */
    public static Optional<ForkJudgement> judge(Snapshot snapshot) {
        LineageFacts lineage = snapshot.lineage();
        if (lineage == null || lineage.upstream() == null || lineage.forkPoint() == null) {
            return Optional.empty();
        }
        List<String> hard = new ArrayList<>();
        if (renamed(lineage.nameAtFork(), lineage.name())) {
            hard.add("renamed: '" + lineage.nameAtFork() + "' at the fork point, '" + lineage.name() + "' now");
        }
        String license = Optional.ofNullable(snapshot.license()).map(LicenseFacts::spdx).orElse(null);
        String atFork = lineage.licenseAtFork();
        String upstream = lineage.upstreamLicense();
        boolean diverged = license != null && upstream != null && !license.equals(upstream);
        if (diverged && atFork != null && !license.equals(atFork)) {
            hard.add("relicensed: " + atFork + " at the fork point, " + license + " now (upstream: " + upstream + ")");
        } else if (diverged && atFork != null) {
            hard.add("licenses diverged: upstream moved from " + atFork + " to " + upstream + ", the fork kept " + license);
        } else if (diverged) {
            hard.add("licenses differ: the fork is under " + license + ", upstream under " + upstream);
        }
        LocalDate lastContact = lineage.lastSync() != null ? lineage.lastSync() : lineage.forkDate();
        long days = lastContact == null ? -1 : ChronoUnit.DAYS.between(lastContact, snapshot.date());
        if (days > DRIFT_DAYS) {
            hard.add((lineage.lastSync() != null ? "stopped syncing: last merged upstream on " + lineage.lastSync()
                    : "never synced since the fork point of " + lineage.forkDate()) + ", " + days + " days before "
                    + snapshot.date() + " (more than " + DRIFT_DAYS + ")");
        }
        if (!hard.isEmpty()) {
            return Optional.of(new ForkJudgement(ForkKind.HARD, hard));
        }
        List<String> soft = new ArrayList<>();
        soft.add(lineage.lastSync() != null ? "synced with upstream on " + lineage.lastSync() + ", " + days
                + " days before " + snapshot.date()
                : "forked " + days + " days before " + snapshot.date() + " and not yet past " + DRIFT_DAYS + " days");
        soft.add("same name and license as at the fork point");
        return Optional.of(new ForkJudgement(ForkKind.SOFT, soft));
    }

    private static boolean renamed(String before, String now) {
        return before != null && now != null && !normalise(before).equals(normalise(now));
    }

    private static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
