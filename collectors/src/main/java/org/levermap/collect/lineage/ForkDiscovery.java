package org.levermap.collect.lineage;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Finds projects that share history (a common root commit) but declare no relation, and proposes
 * which is the fork. Direction, on each side's own line (see {@link CommitGraph#ownLine}): the side
 * whose own line left the other's history earlier and has taken in newer history of the other since
 * is the fork (it syncs, by merges or merging-rebases); else a history wholly contained in the other
 * is the fork; otherwise the side whose line went on first after the split is taken as the upstream
 * (an upstream keeps going; a fork starts when someone forks it), and the proposal says so.
 */
public final class ForkDiscovery {

    /** Opens a repository that holds the objects of two collected repositories together. */
    @FunctionalInterface
    public interface Combiner {
        Repository combine(RepositoryRef a, RepositoryRef b) throws IOException;
    }

    private ForkDiscovery() {
    }

    /**
     * @param repos the collected repositories, in a stable order
     * @param declaredUpstreams project id → declared upstream id, from project.yaml
     */
    public static List<ForkCandidate> discover(List<RepositoryRef> repos, Map<String, String> declaredUpstreams,
            Combiner combiner) throws IOException {
        Map<String, Set<ObjectId>> roots = new LinkedHashMap<>();
        for (RepositoryRef ref : repos) {
            roots.put(ref.project(), roots(ref));
        }
        List<ForkCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < repos.size(); i++) {
            for (int j = i + 1; j < repos.size(); j++) {
                RepositoryRef a = repos.get(i);
                RepositoryRef b = repos.get(j);
                ObjectId shared = firstShared(roots.get(a.project()), roots.get(b.project()));
                if (shared == null || related(a.project(), b.project(), declaredUpstreams)) {
                    continue;
                }
                try (Repository combined = combiner.combine(a, b)) {
                    ForkCandidate c = propose(combined, a, b, shared);
                    if (!declaredUpstreams.containsKey(c.fork())) {
                        candidates.add(c);
                    }
                }
            }
        }
        return closestUpstreamPerFork(candidates, declaredUpstreams);
    }

    /**
     * A fork of a family of declared forks shares history with all of them; the proposal is the
     * closest relative: the newest fork point, then a family root (no declared upstream), then by id.
     */
    private static List<ForkCandidate> closestUpstreamPerFork(List<ForkCandidate> candidates, Map<String, String> declared) {
        Map<String, ForkCandidate> best = new java.util.TreeMap<>();
        for (ForkCandidate c : candidates) {
            best.merge(c.fork(), c, (x, y) -> {
                int byDate = x.forkPointDate().compareTo(y.forkPointDate());
                if (byDate != 0) {
                    return byDate > 0 ? x : y;
                }
                boolean xRoot = !declared.containsKey(x.upstream());
                boolean yRoot = !declared.containsKey(y.upstream());
                if (xRoot != yRoot) {
                    return xRoot ? x : y;
                }
                return x.upstream().compareTo(y.upstream()) <= 0 ? x : y;
            });
        }
        return new ArrayList<>(best.values());
    }

    private static ForkCandidate propose(Repository repo, RepositoryRef a, RepositoryRef b, ObjectId shared)
            throws IOException {
        CommitGraph graph = CommitGraph.load(repo, List.of(a.tip(), b.tip()));
        HistoryLine firstA = new HistoryLine(graph, graph.indexOf(a.tip()));
        HistoryLine firstB = new HistoryLine(graph, graph.indexOf(b.tip()));
        // Each side's own line against the other, so that a merging-rebase (the other's release as
        // first parent) does not make a fork's line run into its upstream's.
        HistoryLine lineA = HistoryLine.own(graph, graph.indexOf(a.tip()), firstB);
        HistoryLine lineB = HistoryLine.own(graph, graph.indexOf(b.tip()), firstA);
        int headA = lineA.tip();
        int headB = lineB.tip();
        int splitA = split(lineA, headA, firstB, firstB.tip());
        int splitB = split(lineB, headB, firstA, firstA.tip());
        int pointA = lineA.commitAt(splitA);
        int pointB = lineB.commitAt(splitB);
        if (pointA != pointB) {
            // One side's own line left the other's history earlier and took in newer history of the
            // other since: that side syncs with the other, and is the fork (a side wholly contained in
            // the other has its head as its split, the newer point).
            boolean aIsFork = graph.time(pointA) < graph.time(pointB)
                    || graph.time(pointA) == graph.time(pointB) && splitB == headB;
            RepositoryRef fork = aIsFork ? a : b;
            RepositoryRef upstream = aIsFork ? b : a;
            int forkPoint = aIsFork ? pointA : pointB;
            int upstreamPoint = aIsFork ? pointB : pointA;
            return candidate(graph, aIsFork ? lineA : lineB, aIsFork ? splitA : splitB, fork, upstream, shared,
                    fork.project() + "'s own line left " + upstream.project() + "'s history on "
                            + day(graph.time(forkPoint)) + " and has taken in " + upstream.project()
                            + "'s history up to " + day(graph.time(upstreamPoint)) + " since");
        }
        if (splitA == headA) {
            return candidate(graph, lineA, splitA, a, b, shared, a.project() + "'s history is wholly contained in "
                    + b.project() + "'s");
        }
        if (splitB == headB) {
            return candidate(graph, lineB, splitB, b, a, shared, b.project() + "'s history is wholly contained in "
                    + a.project() + "'s");
        }
        long nextA = graph.time(lineA.commitAt(splitA + 1));
        long nextB = graph.time(lineB.commitAt(splitB + 1));
        boolean aIsUpstream = nextA < nextB || nextA == nextB && a.project().compareTo(b.project()) < 0;
        RepositoryRef upstream = aIsUpstream ? a : b;
        RepositoryRef fork = aIsUpstream ? b : a;
        return candidate(graph, aIsUpstream ? lineB : lineA, aIsUpstream ? splitB : splitA, fork, upstream, shared,
                upstream.project() + "'s first-parent line went on first after the split ("
                        + day(Math.min(nextA, nextB)) + " against " + day(Math.max(nextA, nextB)) + ")");
    }

    private static ForkCandidate candidate(CommitGraph graph, HistoryLine line, int split, RepositoryRef fork,
            RepositoryRef upstream, ObjectId shared, String why) {
        int point = line.commitAt(split);
        return new ForkCandidate(fork.project(), upstream.project(), shared, graph.id(point), day(graph.time(point)), why);
    }

    /** Position on {@code line} of its newest commit that {@code other}'s head contains. */
    private static int split(HistoryLine line, int head, HistoryLine other, int otherHead) {
        for (int pos = head; pos >= 0; pos--) {
            if (other.reaches(otherHead, line.commitAt(pos))) {
                return pos;
            }
        }
        return -1;
    }

    /** Whether the declared upstreams already relate the two projects (one descends from the other, or both from a third). */
    private static boolean related(String a, String b, Map<String, String> declared) {
        Set<String> ancestorsOfA = ancestors(a, declared);
        for (String x : ancestors(b, declared)) {
            if (ancestorsOfA.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> ancestors(String project, Map<String, String> declared) {
        Set<String> chain = new HashSet<>();
        for (String p = project; p != null && chain.add(p); p = declared.get(p)) {
            // follow upstream links; the set stops a cycle
        }
        return chain;
    }

    private static ObjectId firstShared(Set<ObjectId> a, Set<ObjectId> b) {
        return a.stream().filter(b::contains).sorted((x, y) -> x.name().compareTo(y.name())).findFirst().orElse(null);
    }

    private static Set<ObjectId> roots(RepositoryRef ref) throws IOException {
        Set<ObjectId> roots = new HashSet<>();
        try (RevWalk walk = new RevWalk(ref.repository())) {
            walk.setRetainBody(false);
            walk.markStart(walk.parseCommit(ref.tip()));
            for (RevCommit c : walk) {
                if (c.getParentCount() == 0) {
                    roots.add(c.copy());
                }
            }
        }
        return roots;
    }

    private static LocalDate day(long epochSecond) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
    }
}
