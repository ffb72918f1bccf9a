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
 * @param forkPoint the newest commit of the fork's first-parent line that upstream contains
 * @param forkPointDate its committer date (UTC)
 * @param ahead commits in the fork and not upstream ({@code git rev-list --count upstream..fork})
 * @param behind commits upstream and not in the fork ({@code git rev-list --count fork..upstream})
 * @param aheadNoMerges ahead without merge commits
 * @param behindNoMerges behind without merge commits
 * @param syncPoint the newest upstream commit the fork contains ({@code git merge-base fork upstream})
 * @param lastSyncCommit the fork's first-parent commit that brought the sync point in, when it is
 *     newer than the fork point; null when the fork never merged upstream after forking
 * @param lastSync that commit's committer date; null likewise
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
        LocalDate lastSync) {
}
