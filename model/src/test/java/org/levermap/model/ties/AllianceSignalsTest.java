package org.levermap.model.ties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.levermap.model.Actor;
import org.levermap.model.ActorKind;
import org.levermap.model.Concentration;
import org.levermap.model.ContributionFacts;
import org.levermap.model.Evidence;
import org.levermap.model.Project;
import org.levermap.model.Provenance;
import org.levermap.model.SiteConfig;
import org.levermap.model.Snapshot;
import org.levermap.model.change.ChangeLog;
import org.levermap.model.repo.DataRepository;

class AllianceSignalsTest {

    private static final Evidence E = new Evidence("0123456789abcdef0123456789abcdef01234567", "CODEOWNERS", 1);

    private static Snapshot snapshot(String project, LocalDate date, List<Concentration.Organisation> organisations,
            List<ContributionFacts.Maintainer> maintainers) {
        Concentration c = new Concentration(date.minusDays(364), date, 100, 10, 0, 0, 2, 1, null, organisations);
        return new Snapshot(project, date, new Provenance("t", null, null, null, null, null, null), null, null,
                new ContributionFacts(null, maintainers, null, null, null, c), null, null);
    }

    private static Concentration.Organisation org(String name, String actor, int commits) {
        return new Concentration.Organisation(name, actor, commits, 3, commits / 100.0);
    }

    @Test
    void findsOrganisationsAndMaintainersSharedAcrossProjectsInOverlappingWindows() {
        LocalDate june = LocalDate.of(2025, 6, 30);
        Map<String, Actor> actors = Map.of(
                "ibm", new Actor("ibm", "IBM", ActorKind.COMPANY, null, null, null, null, null),
                "hashicorp", new Actor("hashicorp", "HashiCorp", ActorKind.COMPANY, null, null,
                        List.of(new Actor.Parent("ibm", LocalDate.of(2025, 2, 27), null, "https://e.org/")), null, null));
        Map<String, List<Snapshot>> snapshots = new TreeMap<>(Map.of(
                "a", List.of(snapshot("a", june, List.of(org("hashicorp", "hashicorp", 60), org("individuals", null, 40)),
                        List.of(new ContributionFacts.Maintainer("Ann", "ann@example.org", null, "maintainer", E),
                                new ContributionFacts.Maintainer("@org/team", null, null, "codeowner", E)))),
                "b", List.of(snapshot("b", june.minusDays(30), List.of(org("ibm", "ibm", 12), org("globex.com", null, 88)),
                        List.of(new ContributionFacts.Maintainer("Ann Smith", "ANN@example.org", null, "owner", E),
                                new ContributionFacts.Maintainer("@org/team", null, null, "codeowner", E)))),
                "c", List.of(snapshot("c", june, List.of(org("ibm", "ibm", 5), org("globex.com", null, 95)), List.of())),
                "old", List.of(snapshot("old", june.minusDays(400), List.of(org("globex.com", null, 100)), List.of()))));
        Map<String, Project> projects = new TreeMap<>();
        snapshots.keySet().forEach(id -> projects.put(id, new Project(id, id, null, null, null, null, null, null, null, null)));
        DataRepository repo = new DataRepository(Path.of("."), new SiteConfig("t", null, null, null),
                new TreeMap<>(projects), new TreeMap<>(snapshots), new TreeMap<>(actors), new TreeMap<>());

        List<TieCandidate> found = AllianceSignals.infer(repo);
        assertEquals(List.of(
                new TieCandidate(TieCandidate.Kind.SHARED_ORGANISATION, "globex.com", List.of(
                        new TieCandidate.Tie("b", june.minusDays(30), 0.88, 88, "globex.com"),
                        new TieCandidate.Tie("c", june, 0.95, 95, "globex.com"))),
                new TieCandidate(TieCandidate.Kind.SHARED_ORGANISATION, "ibm", List.of(
                        new TieCandidate.Tie("a", june, 0.6, 60, "ibm"),
                        new TieCandidate.Tie("b", june.minusDays(30), 0.12, 12, "ibm"))),
                new TieCandidate(TieCandidate.Kind.SHARED_MAINTAINER, "ann@example.org", List.of(
                        new TieCandidate.Tie("a", june, null, null, "Ann"),
                        new TieCandidate.Tie("b", june.minusDays(30), null, null, "Ann Smith")))),
                found);
        // The build passes the change log's newest snapshots, judged once there: the same ties.
        assertEquals(found, AllianceSignals.infer(repo, ChangeLog.of(repo)::latestSnapshot));
    }
}
