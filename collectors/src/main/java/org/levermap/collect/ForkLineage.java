package org.levermap.collect;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.levermap.collect.git.History;
import org.levermap.collect.git.OpenedRepository;
import org.levermap.collect.license.LicenseHistory;
import org.levermap.collect.lineage.ForkAnalyzer;
import org.levermap.collect.lineage.ForkFigures;
import org.levermap.collect.lineage.ForkWorkspace;
import org.levermap.collect.lineage.ProjectNameReader;
import org.levermap.model.Evidence;
import org.levermap.model.LineageFacts;
import org.levermap.model.Snapshot;

/**
 * A fork's {@code lineage} for each snapshot date: the figures of {@link ForkAnalyzer}, with the
 * license and the name at the fork point and on both sides as of the date.
 */
final class ForkLineage {

    private ForkLineage() {
    }

    static Map<LocalDate, LineageFacts> compute(String upstreamId, OpenedRepository fork, ObjectId forkTip,
            History forkHistory, LicenseHistory.Result forkLicense, OpenedRepository upstream, ObjectId upstreamTip,
            History upstreamHistory, LicenseHistory.Result upstreamLicense, List<LocalDate> dates, Path workspaces)
            throws IOException {
        Map<ObjectId, Integer> forkLine = positions(forkHistory);
        Map<ObjectId, Integer> upstreamLine = positions(upstreamHistory);
        Map<LocalDate, LineageFacts> lineage = new HashMap<>();
        try (Repository both = ForkWorkspace.open(fork.repository().getDirectory().toPath(),
                upstream.repository().getDirectory().toPath(), workspaces)) {
            Map<ObjectId, Optional<String>> names = new HashMap<>();
            List<ForkFigures> figures = ForkAnalyzer.analyze(both, forkTip, upstreamTip, dates);
            for (ForkFigures f : figures) {
                if (f == null) {
                    continue;
                }
                String licenseAtFork = license(forkLicense, forkLine, f.forkPoint());
                String upstreamLicenseNow = license(upstreamLicense, upstreamLine, f.upstreamHead());
                lineage.put(f.date(), new LineageFacts(upstreamId, new Evidence(f.forkPoint().name(), null, null),
                        f.forkPointDate(), f.ahead(), f.behind(), f.aheadNoMerges(), f.behindNoMerges(), f.lastSync(),
                        f.syncPoint() == null ? null : new Evidence(f.syncPoint().name(), null, null), licenseAtFork,
                        name(both, f.forkPoint(), names), name(both, f.forkHead(), names), upstreamLicenseNow,
                        name(both, f.upstreamHead(), names), null, null, null));
            }
        }
        return lineage;
    }

    /** The snapshot with {@code fork}'s figures added to whatever lineage it had (a model card's base models). */
    static Snapshot attach(Snapshot s, LineageFacts fork) {
        if (fork == null) {
            return s;
        }
        LineageFacts own = s.lineage();
        LineageFacts merged = own == null ? fork : new LineageFacts(fork.upstream(), fork.forkPoint(), fork.forkDate(),
                fork.ahead(), fork.behind(), fork.aheadNoMerges(), fork.behindNoMerges(), fork.lastSync(),
                fork.syncPoint(), fork.licenseAtFork(), fork.nameAtFork(), fork.name(), fork.upstreamLicense(),
                fork.upstreamName(), own.baseModels(), own.baseModelRelation(), own.datasets());
        return new Snapshot(s.project(), s.date(), s.provenance(), s.license(), s.stewardship(), s.contribution(),
                s.resources(), merged, s.platforms());
    }

    private static String license(LicenseHistory.Result license, Map<ObjectId, Integer> line, ObjectId commit) {
        Integer p = line.get(commit);
        return p == null ? null : license.at(p).expression();
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

    private static Map<ObjectId, Integer> positions(History history) {
        Map<ObjectId, Integer> positions = new HashMap<>();
        for (int p = 0; p < history.lineLength(); p++) {
            positions.put(history.id(history.onLine(p)).copy(), p);
        }
        return positions;
    }
}
