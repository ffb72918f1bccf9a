package org.levermap.collect.lineage;

import org.eclipse.jgit.lib.ObjectId;

/**
 * One time a fork took in upstream history after its fork point: a merge on the fork's own line,
 * whichever of its parents brought upstream in (a plain merge of upstream as second parent, or a
 * merging-rebase with the upstream release as first parent).
 *
 * @param commit the fork's merge commit
 * @param time its committer time, seconds since the epoch
 * @param upstreamCommit the upstream commit it merged (the merge's upstream parent; else the newest
 *     upstream commit it brought)
 * @param upstreamCommits how many upstream commits the fork did not have before it brought
 */
public record ForkSync(ObjectId commit, long time, ObjectId upstreamCommit, int upstreamCommits) {
}
