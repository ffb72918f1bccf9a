package org.levermap.collect;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.levermap.collect.git.CommitInstant;
import org.levermap.collect.git.History;
import org.levermap.collect.git.OpenedRepository;
import org.levermap.collect.license.LicenseHistory;
import org.levermap.collect.license.LicenseState;
import org.levermap.collect.lineage.ForkAnalysis;
import org.levermap.collect.lineage.ForkAnalyzer;
import org.levermap.collect.lineage.ForkFigures;
import org.levermap.collect.lineage.ForkSync;
import org.levermap.collect.lineage.ForkWorkspace;
import org.levermap.collect.lineage.ProjectNameReader;
import org.levermap.collect.people.ContributorWindow;
import org.levermap.model.Evidence;
import org.levermap.model.LineageFacts;

/**
 * A fork's {@code lineage} for each snapshot date, computed before any snapshot is assembled: the
 * figures of {@link ForkAnalyzer} from one commit graph of the repository pair, with the license and
 * the name at the fork point and upstream's as of the date, each read from that one commit's tree
 * (upstream's history is not walked for them).
 */
final class ForkLineage {

    /**
     * The lineage of each date, which commits are upstream's, and the fork's own line as commit
     * numbers of its history.
     */
    record Result(Map<LocalDate, LineageFacts> byDate, Predicate<AnyObjectId> upstream, int[] ownLine) {
    }

    private ForkLineage() {
    }

    /**
     * @param forkHistory the fork's history, read already: only the upstream commits it lacks are read
     * @param licenses what identified the fork's license files, to identify the few trees named here
     */
    static Result compute(String upstreamId, OpenedRepository fork, History forkHistory, OpenedRepository upstream,
            ObjectId upstreamTip, LicenseHistory licenses, List<LocalDate> dates, Path workspaces) throws IOException {
        Map<LocalDate, LineageFacts> lineage = new HashMap<>();
        try (Repository both = ForkWorkspace.open(fork.repository().getDirectory().toPath(),
                upstream.repository().getDirectory().toPath(), workspaces);
                ObjectReader reader = both.newObjectReader()) {
            Map<ObjectId, Optional<String>> names = new HashMap<>();
            Map<ObjectId, String> licenseOf = new HashMap<>();
            Map<ObjectId, OffsetDateTime> instants = new HashMap<>();
            Map<ObjectId, String> tags = tags(upstream.repository());
            tags(fork.repository()).forEach(tags::putIfAbsent);
            ForkAnalysis analysis = ForkAnalyzer.analysis(forkHistory, both, upstreamTip, dates);
            for (ForkFigures f : analysis.figures()) {
                if (f == null) {
                    continue;
                }
                long since = ContributorWindow.start(f.date());
                List<LineageFacts.Sync> recent = new ArrayList<>();
                LineageFacts.Sync newest = null;
                for (int i = 0; i < f.syncs().size(); i++) {
                    ForkSync s = f.syncs().get(i);
                    boolean last = i == f.syncs().size() - 1;
                    if (s.time() < since && !last) {
                        continue;
                    }
                    LineageFacts.Sync sync = new LineageFacts.Sync(s.commit().name(), instant(reader, s.commit(), instants),
                            s.upstreamCommit().name(), tags.get(s.upstreamCommit()), s.upstreamCommits());
                    newest = last ? sync : newest;
                    if (s.time() >= since) {
                        recent.add(sync);
                    }
                }
                lineage.put(f.date(), new LineageFacts(upstreamId, new Evidence(f.forkPoint().name(), null, null),
                        f.forkPointDate(), f.ahead(), f.behind(), f.aheadNoMerges(), f.behindNoMerges(), f.lastSync(),
                        f.syncPoint() == null ? null : new Evidence(f.syncPoint().name(), null, null),
                        license(licenses, both, reader, f.forkPoint(), licenseOf), name(both, f.forkPoint(), names),
                        name(both, f.forkHead(), names), license(licenses, both, reader, f.upstreamHead(), licenseOf),
                        name(both, f.upstreamHead(), names), instant(reader, f.forkPoint(), instants),
                        newest, recent, f.syncs().size()));
            }
            return new Result(lineage, analysis.upstream(), analysis.ownLine());
        }
    }

    private static OffsetDateTime instant(ObjectReader reader, ObjectId commit, Map<ObjectId, OffsetDateTime> cache)
            throws IOException {
        OffsetDateTime at = cache.get(commit);
        if (at == null) {
            at = CommitInstant.of(reader, commit);
            cache.put(commit, at);
        }
        return at;
    }

    private static String license(LicenseHistory licenses, Repository repo, ObjectReader reader, ObjectId commit,
            Map<ObjectId, String> cache) throws IOException {
        if (!cache.containsKey(commit)) {
            try (RevWalk walk = new RevWalk(reader)) {
                LicenseState state = licenses.atTree(walk.parseCommit(commit).getTree().getId(), reader);
                cache.put(commit, state == null ? null : state.expression());
            }
        }
        return cache.get(commit);
    }

    /** Upstream's tags by the commit they name (the first by name when several do). */
    private static Map<ObjectId, String> tags(Repository repo) throws IOException {
        Map<ObjectId, String> tags = new HashMap<>();
        List<Ref> refs = new ArrayList<>(repo.getRefDatabase().getRefsByPrefix(org.eclipse.jgit.lib.Constants.R_TAGS));
        refs.sort(java.util.Comparator.comparing(Ref::getName));
        for (Ref ref : refs) {
            Ref peeled = repo.getRefDatabase().peel(ref);
            ObjectId commit = peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : peeled.getObjectId();
            if (commit != null) {
                tags.putIfAbsent(commit, ref.getName().substring(org.eclipse.jgit.lib.Constants.R_TAGS.length()));
            }
        }
        return tags;
    }

    private static String name(Repository repo, ObjectId commit, Map<ObjectId, Optional<String>> names)
            throws IOException {
        Optional<String> name = names.get(commit);
        if (name == null) {
            name = ProjectNameReader.nameAt(repo, commit);
            names.put(commit, name);
        }
        return name.orElse(null);
    }
}
