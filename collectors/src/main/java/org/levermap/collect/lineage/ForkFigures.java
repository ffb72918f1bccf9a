package org.levermap.collect.lineage;

import java.time.LocalDate;
import org.eclipse.jgit.lib.ObjectId;

/**
 * How a fork stands against its upstream as of one date, each figure recomputable with plain git
 * (see README: "Checking a fork's figures").
 *
 * @param date the date
 * @param forkHead the fork's last first-parent commit on or before the date
 * @param upstreamHead the upstream's last first-parent commit on or before the date
 * @param forkPoint where the fork's own line left upstream: the newest commit of that line that
 *     upstream contains (the historical fork point; syncs do not move it)
 * @param forkPointDate its committer date (UTC)
 * @param ahead commits in the fork and not upstream ({@code git rev-list --count upstream..fork})
 * @param behind commits upstream and not in the fork ({@code git rev-list --count fork..upstream})
 * @param aheadNoMerges ahead without merge commits
 * @param behindNoMerges behind without merge commits
 * @param syncPoint the newest upstream commit the fork contains ({@code git merge-base fork upstream})
 * @param lastSyncCommit the newest sync's merge commit; null when the fork never took in upstream
 *     after forking
 * @param lastSync that commit's committer date; null likewise
 * @param syncs every sync after the fork point up to the fork's head, oldest first; the newest is the
 *     last sync
 */
public record ForkFigures(
        LocalDate date,
        ObjectId forkHead,
        ObjectId upstreamHead,
        ObjectId forkPoint,
        LocalDate forkPointDate,
        int ahead,
        int behind,
        int aheadNoMerges,
        int behindNoMerges,
        ObjectId syncPoint,
        ObjectId lastSyncCommit,
        LocalDate lastSync,
        java.util.List<ForkSync> syncs) {

    public ForkFigures {
        syncs = java.util.List.copyOf(syncs);
    }
}
