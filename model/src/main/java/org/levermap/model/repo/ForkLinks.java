package org.levermap.model.repo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.levermap.model.Evidence;
import org.levermap.model.LineageFacts;
import org.levermap.model.Snapshot;

/**
 * The links to other projects that a project's snapshots state: what a build needs of every project
 * before it reads any project in full (which projects form a fork family, which forks each upstream
 * has), kept apart so that it can be cached by the snapshots' content.
 *
 * @param upstreams every upstream a snapshot's lineage names, in the order first named
 * @param forkOf the upstream of the oldest snapshot whose lineage has an upstream and a fork day; null if none
 * @param forkDate that lineage's fork day
 * @param forkPoint that lineage's fork point
 */
public record ForkLinks(List<String> upstreams, String forkOf, LocalDate forkDate, Evidence forkPoint) {

    public ForkLinks {
        upstreams = List.copyOf(upstreams);
    }

    /** The links of a project's snapshots, oldest first. */
    public static ForkLinks of(List<Snapshot> snapshots) {
        List<String> upstreams = new ArrayList<>();
        LineageFacts first = null;
        for (Snapshot s : snapshots) {
            LineageFacts l = s.lineage();
            if (l == null || l.upstream() == null) {
                continue;
            }
            if (!upstreams.contains(l.upstream())) {
                upstreams.add(l.upstream());
            }
            if (first == null && l.forkDate() != null) {
                first = l;
            }
        }
        return first == null ? new ForkLinks(upstreams, null, null, null)
                : new ForkLinks(upstreams, first.upstream(), first.forkDate(), first.forkPoint());
    }
}
