package org.levermap.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A fork's relation to its upstream. A model's base models are a separate record ({@link ModelLineage});
 * snapshots written before the split, which held them here, still load (see {@link Snapshot}).
 *
 * @param upstream the upstream project
 * @param forkPoint where the fork's own line left upstream: the newest commit of that line upstream
 *     contains (syncs, by merge or merging-rebase, do not move it)
 * @param forkDate that commit's committer date
 * @param ahead fork commits not in upstream
 * @param behind upstream commits not in the fork
 * @param aheadNoMerges ahead, merges left out
 * @param behindNoMerges behind, merges left out
 * @param lastSync the UTC day of the newest sync (see {@code newestSync}); absent when the fork never
 *     synced after the fork point
 * @param syncPoint the newest upstream commit the fork contains (what {@code git merge-base} gives)
 * @param licenseAtFork the license at the fork point
 * @param nameAtFork the project name at the fork point, read from its manifest or README
 * @param name the fork's name as of the snapshot date
 * @param upstreamLicense the upstream license as of the snapshot date
 * @param upstreamName the upstream's name as of the snapshot date
 * @param forkAt the fork point's committer instant with its offset (absent in snapshots written before
 *     levermap recorded it; {@code forkDate} is its UTC day)
 * @param newestSync the fork's newest sync with upstream, however old; absent when it never synced
 * @param recentSyncs the syncs in the 365 days ending on the snapshot date, oldest first
 * @param syncCount how many times the fork synced since its fork point
 */
public record LineageFacts(
        @Id(Id.Kind.PROJECT) String upstream,
        Evidence forkPoint,
        LocalDate forkDate,
        @Count Integer ahead,
        @Count Integer behind,
        @Count Integer aheadNoMerges,
        @Count Integer behindNoMerges,
        LocalDate lastSync,
        Evidence syncPoint,
        String licenseAtFork,
        String nameAtFork,
        String name,
        String upstreamLicense,
        String upstreamName,
        OffsetDateTime forkAt,
        Sync newestSync,
        List<Sync> recentSyncs,
        @Count Integer syncCount) {

    public LineageFacts {
        recentSyncs = Lists.of(recentSyncs);
    }

    /** The lineage as written before instants and syncs were recorded (those stay absent). */
    public LineageFacts(String upstream, Evidence forkPoint, LocalDate forkDate, Integer ahead, Integer behind,
            Integer aheadNoMerges, Integer behindNoMerges, LocalDate lastSync, Evidence syncPoint, String licenseAtFork,
            String nameAtFork, String name, String upstreamLicense, String upstreamName) {
        this(upstream, forkPoint, forkDate, ahead, behind, aheadNoMerges, behindNoMerges, lastSync, syncPoint,
                licenseAtFork, nameAtFork, name, upstreamLicense, upstreamName, null, null, null, null);
    }

    /**
     * One time the fork took in upstream history: a merge on the fork's own line, whichever parent
     * brought upstream (a merge of upstream, or a merging-rebase onto an upstream release).
     *
     * @param commit the fork's merge commit
     * @param at its committer instant with its offset (absent when the commit header has no readable date)
     * @param upstreamCommit the upstream commit it merged
     * @param upstreamTag a tag naming that upstream commit, when there is one
     * @param upstreamCommits how many upstream commits it brought that the fork did not have
     */
    public record Sync(
            @Required String commit,
            OffsetDateTime at,
            String upstreamCommit,
            String upstreamTag,
            @Count Integer upstreamCommits) {
    }
}
