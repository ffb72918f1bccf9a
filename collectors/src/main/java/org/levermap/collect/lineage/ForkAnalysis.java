package org.levermap.collect.lineage;

import java.util.List;
import java.util.function.Predicate;
import org.eclipse.jgit.lib.AnyObjectId;

/**
 * What {@link ForkAnalyzer} found in one pass over a fork and its upstream.
 *
 * @param figures the figures for each date, null where either repository had no commit yet
 * @param upstream whether a commit is upstream's (its tip reaches it)
 * @param ownLine the fork's own line, oldest first, as commit numbers of the fork's history when the
 *     analysis was made from it (see {@link org.levermap.collect.git.History#alongLine}); else null
 */
public record ForkAnalysis(List<ForkFigures> figures, Predicate<AnyObjectId> upstream, int[] ownLine) {
}
