package org.levermap.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.levermap.model.Actor;
import org.levermap.model.ActorKind;
import org.levermap.model.Alliance;
import org.levermap.model.AlliancePurpose;
import org.levermap.model.Concentration;
import org.levermap.model.ContributionFacts;
import org.levermap.model.CuratedFact;
import org.levermap.model.DocumentKind;
import org.levermap.model.Event;
import org.levermap.model.EventKind;
import org.levermap.model.Evidence;
import org.levermap.model.Levers;
import org.levermap.model.LicenseChange;
import org.levermap.model.LicenseFacts;
import org.levermap.model.LicenseFamily;
import org.levermap.model.LineageFacts;
import org.levermap.model.Project;
import org.levermap.model.ProjectKind;
import org.levermap.model.Provenance;
import org.levermap.model.ResourceFacts;
import org.levermap.model.SiteConfig;
import org.levermap.model.Snapshot;
import org.levermap.model.StewardshipFacts;
import org.levermap.model.repo.FileKind;
import org.levermap.model.repo.RepositoryLayout;
import org.levermap.model.repo.SnapshotWriter;
import org.levermap.model.repo.YamlCodec;

/**
 * Writes a generated data repository of realistic shape: actors with acquisitions, alliances with
 * dated members, projects with curated levers and events, forks, and monthly snapshots whose license,
 * terms, maintainers and concentration drift over time. Written through YamlCodec and SnapshotWriter,
 * as the collectors write. The same arguments always give the same files.
 */
public final class SampleRepository {

    private static final String[][] LICENSES = {
        {"MIT", "permissive"}, {"Apache-2.0", "permissive"}, {"BSD-3-Clause", "permissive"},
        {"MPL-2.0", "weak-copyleft"}, {"LGPL-3.0-only", "weak-copyleft"}, {"GPL-3.0-only", "strong-copyleft"},
        {"AGPL-3.0-only", "network-copyleft"}, {"OpenRAIL-M", "responsible-ai"}, {"BUSL-1.1", "source-available"},
        {"SSPL-1.0", "source-available"}, {"LicenseRef-NC", "non-commercial"}};
    private static final String[] WORDS = {"flux", "torch", "vector", "nimbus", "quartz", "ember", "delta", "orbit",
        "lumen", "cobalt", "atlas", "pixel", "tensor", "river", "aurora", "cipher", "helix", "nova", "prism", "tide"};

    private final Path root;
    private final Random random;
    private final int actors;

    private SampleRepository(Path root, long seed, int actors) {
        this.root = root;
        this.random = new Random(seed);
        this.actors = actors;
    }

    /** Writes {@code projects} projects with {@code snapshots} monthly snapshots each into {@code root}. */
    public static void write(Path root, int projects, int snapshots, String baseUrl) throws IOException {
        SampleRepository r = new SampleRepository(root, 42, Math.max(20, projects / 5));
        r.config(projects, baseUrl);
        r.actors();
        r.alliances(projects);
        for (int i = 0; i < projects; i++) {
            r.project(i, projects, snapshots);
        }
    }

    private void config(int projects, String baseUrl) throws IOException {
        YamlCodec.writeFile(root.resolve(RepositoryLayout.CONFIG), FileKind.CONFIG, new SiteConfig(
                "Open model ecosystem (sample report)", baseUrl, "Who holds the levers of " + projects + " open projects and how they"
                + " moved: a generated sample report.", "en"), true);
    }

    private String actorId(int i) {
        return (i % 5 == 0 ? "person-" : i % 7 == 0 ? "foundation-" : "company-") + i;
    }

    private void actors() throws IOException {
        for (int i = 0; i < actors; i++) {
            String id = actorId(i);
            ActorKind kind = id.startsWith("person") ? ActorKind.PERSON : id.startsWith("foundation")
                    ? ActorKind.FOUNDATION : ActorKind.COMPANY;
            List<Actor.Parent> parents = new ArrayList<>();
            if (kind == ActorKind.COMPANY && i % 11 == 3) {
                parents.add(new Actor.Parent(actorId(1), LocalDate.of(2023, 1 + i % 12, 1), null,
                        "https://news.example/acquisition/" + i));
            }
            String name = capital(WORDS[i % WORDS.length]) + " " + (kind == ActorKind.PERSON ? "Person " + i
                    : kind == ActorKind.FOUNDATION ? "Foundation" : "Labs " + i);
            YamlCodec.writeFile(root.resolve("actors/" + id + ".yaml"), FileKind.ACTOR, new Actor(id, name, kind,
                    null, kind == ActorKind.COMPANY ? List.of(id + ".example") : null, parents,
                    "https://" + id + ".example", i % 3 == 0 ? "Works on **" + WORDS[i % WORDS.length] + "**." : null),
                    true);
        }
    }

    private void alliances(int projects) throws IOException {
        for (int a = 0; a < 10; a++) {
            List<Alliance.Member> members = new ArrayList<>();
            for (int m = 0; m < 12; m++) {
                LocalDate joined = LocalDate.of(2022, 1 + (m % 12), 1);
                LocalDate left = m % 4 == 3 ? joined.plusMonths(8 + m) : null;
                if (m % 3 == 0) {
                    members.add(new Alliance.Member(null, "p-" + ((a * 37 + m * 13) % projects), null, joined, left,
                            "https://alliance-" + a + ".example/members"));
                } else {
                    members.add(new Alliance.Member(actorId((a * 7 + m * 3) % actors), null, m == 1 ? "founding member"
                            : null, joined, left, "https://alliance-" + a + ".example/members"));
                }
            }
            YamlCodec.writeFile(root.resolve("alliances/alliance-" + a + ".yaml"), FileKind.ALLIANCE,
                    new Alliance("alliance-" + a, capital(WORDS[a]) + " Alliance", List.of(AlliancePurpose.values()[a
                            % AlliancePurpose.values().length]), "A coalition for *" + WORDS[a] + "*.",
                            LocalDate.of(2022, 1, 1), "https://alliance-" + a + ".example", members,
                            List.of("https://alliance-" + a + ".example/about")), true);
        }
    }

    private CuratedFact fact(String holder, LocalDate since, LocalDate until, String source) {
        return new CuratedFact(holder, null, since, until, source, null);
    }

    private void project(int i, int projects, int snapshots) throws IOException {
        String id = "p-" + i;
        String owner = actorId(random.nextInt(actors));
        String other = actorId(random.nextInt(actors));
        String src = "https://" + id + ".example/governance";
        boolean fork = i > 10 && i % 10 == 0;
        String upstream = fork ? "p-" + (i - 10 - random.nextInt(10)) : null;
        // A mix of shapes: some projects sit in a foundation, some share admin rights or copyright.
        String foundation = "foundation-" + (7 * (1 + i % 2));
        Levers levers = new Levers(List.of(fact(owner, LocalDate.of(2020, 1, 1), null, src)),
                List.of(new CuratedFact(null, id + ".example", null, null, "https://whois.example/" + id, null)),
                i % 4 == 0 ? List.of(fact(i % 8 == 0 ? foundation : other, null, null, src)) : List.of(),
                i % 5 == 1 ? List.of(fact(owner, null, null, src), fact(other, null, null, src))
                        : List.of(fact(owner, null, null, src), fact(other, null, LocalDate.of(2023, 6, 30), src)),
                List.of(fact(owner, null, null, src)), List.of(),
                i % 3 == 1 ? List.of(fact(owner, null, null, src), fact(other, null, null, src))
                        : List.of(fact(owner, null, null, "https://" + id + ".example/cla")),
                i % 3 == 0 ? List.of(fact(other, LocalDate.of(2023, 3, 1), null, src)) : List.of(),
                List.of(), List.of(),
                i % 2 == 0 ? List.of(fact(owner, null, null, src, "A *steering group* chaired by the owner."))
                        : List.of(new CuratedFact(null, "a technical steering committee", null, null, src, null)));
        List<Event> events = new ArrayList<>();
        for (int e = 0; e < i % 4; e++) {
            EventKind kind = EventKind.values()[(i + e) % EventKind.values().length];
            // A schism is only valid with parties on both sides.
            List<Event.Party> parties = kind != EventKind.SCHISM ? List.of()
                    : List.of(new Event.Party(owner, null, Event.Side.UPSTREAM, "licensor", null),
                            new Event.Party(other, null, Event.Side.FORK, "led the fork", null));
            events.add(new Event(LocalDate.of(2022, 2 + e * 3, 10), kind, "Event " + e + " of " + id,
                    "https://" + id + ".example/news/" + e, e == 0 ? "Announced on the blog." : null, parties, null));
        }
        String name = capital(WORDS[i % WORDS.length]) + capital(WORDS[(i / WORDS.length) % WORDS.length]) + " " + i;
        YamlCodec.writeFile(RepositoryLayout.projectFile(root, id), FileKind.PROJECT, new Project(id, name,
                ProjectKind.values()[i % 2], "**" + name + "** is a generated project for the benchmark. See <https://"
                + id + ".example>.", "https://github.com/" + owner + "/" + id, "main", "https://" + id + ".example",
                upstream, levers, events), true);

        int license = random.nextInt(6);
        int changeAt = random.nextInt(3) == 0 ? 6 + random.nextInt(Math.max(1, snapshots - 6)) : -1;
        int newLicense = 8 + random.nextInt(3);
        boolean cla = random.nextBoolean();
        int claAt = random.nextInt(snapshots);
        List<LicenseChange> history = new ArrayList<>();
        history.add(new LicenseChange(LocalDate.of(2019, 5, 1), LicenseChange.Kind.CHANGE, null, LICENSES[license][0],
                evidence("LICENSE", null), null));
        for (int s = 0; s < snapshots; s++) {
            LocalDate date = LocalDate.of(2022, 1, 1).plusMonths(s + 1).minusDays(1);
            boolean changed = changeAt >= 0 && s >= changeAt;
            if (changed && s == changeAt) {
                history.add(new LicenseChange(date.minusDays(10), LicenseChange.Kind.CHANGE, LICENSES[license][0],
                        LICENSES[newLicense][0], evidence("LICENSE", null), null));
            }
            String[] lic = changed ? LICENSES[newLicense] : LICENSES[license];
            LicenseFacts facts = new LicenseFacts(lic[0], LicenseFamily.valueOf(lic[1].toUpperCase().replace('-', '_')),
                    0.97, List.of(new LicenseFacts.LicenseFile(lic[0], 0.97, evidence("LICENSE", null))),
                    List.of(new LicenseFacts.CopyrightHolder(name + " authors", owner, evidence("LICENSE", 1))),
                    List.copyOf(history));
            SnapshotWriter.write(root, snapshot(id, date, s, facts, cla && s >= claAt, owner, other, upstream), true);
        }
    }

    private Snapshot snapshot(String id, LocalDate date, int s, LicenseFacts license, boolean cla, String owner,
            String other, String upstream) {
        List<ContributionFacts.Document> docs = new ArrayList<>();
        docs.add(new ContributionFacts.Document(DocumentKind.CONTRIBUTING, evidence("CONTRIBUTING.md", null)));
        docs.add(new ContributionFacts.Document(DocumentKind.CODE_OF_CONDUCT, evidence("CODE_OF_CONDUCT.md", null)));
        if (s % 7 != 3) {
            docs.add(new ContributionFacts.Document(DocumentKind.GOVERNANCE, evidence("GOVERNANCE.md", null)));
        }
        List<ContributionFacts.Maintainer> maintainers = new ArrayList<>();
        int count = 5 + random.nextInt(8);
        for (int m = 0; m < count; m++) {
            int who = (m + s / 6) % 15;
            maintainers.add(new ContributionFacts.Maintainer("Maintainer " + who, null, null, m == 0 ? "lead" : "maintainer",
                    evidence("MAINTAINERS.md", m + 3)));
        }
        List<ContributionFacts.Merger> mergers = new ArrayList<>();
        for (int m = 0; m < 3 + random.nextInt(4); m++) {
            mergers.add(new ContributionFacts.Merger("merger" + ((m + s / 4) % 8) + "@" + owner + ".example",
                    "Merger " + ((m + s / 4) % 8), 5 + random.nextInt(50)));
        }
        double top = 0.25 + random.nextDouble() * 0.5;
        List<Concentration.Contributor> authors = new ArrayList<>();
        for (int a = 0; a < 10; a++) {
            double share = Math.max(0.01, top / (a + 2));
            authors.add(new Concentration.Contributor("a" + a + "@" + owner + ".example", "Author " + a, null, owner,
                    (int) (share * 2000), round(share)));
        }
        List<Concentration.Organisation> orgs = List.of(
                new Concentration.Organisation(owner, owner, (int) (top * 2000), 20, round(top)),
                new Concentration.Organisation(other, other, (int) ((1 - top) * 800), 10, round((1 - top) * 0.4)),
                new Concentration.Organisation("individuals", null, (int) ((1 - top) * 1200), 60, round((1 - top) * 0.6)));
        Concentration concentration = new Concentration(date.minusYears(1), date, 2000, 90, 40, 2,
                1 + random.nextInt(6), top > 0.5 ? 1 : 2, authors, orgs);
        ContributionFacts contribution = new ContributionFacts(docs, maintainers, 12, mergers,
                new ContributionFacts.Terms(cla, cla ? List.of(evidence(".github/cla.yml", 1)) : List.of(), 500,
                        round(random.nextDouble())), concentration);
        LineageFacts lineage = upstream == null ? null : new LineageFacts(upstream, evidence(null, null),
                LocalDate.of(2021, 6, 1).plusDays(s * 3L), 10 + s, 40 + s * 3, 9 + s, 30 + s * 3,
                s < 12 ? date.minusDays(20) : LocalDate.of(2022, 12, 1), null, "Apache-2.0", null, null, "Apache-2.0", null);
        ResourceFacts resources = new ResourceFacts(List.of(new ResourceFacts.FundingLink("github", owner,
                evidence(".github/FUNDING.yml", 1))));
        return new Snapshot(id, date, new Provenance("levermap-bench 1", "https://github.com/" + owner + "/" + id, "main",
                sha(s), date, false, List.of()), license, new StewardshipFacts(40 + s, 10 + s / 2, "v1." + s,
                date.minusDays(5), round(0.3)), contribution, resources, lineage);
    }

    private String sha(int s) {
        return String.format("%040x", (long) s * 7919 + random.nextInt(1000));
    }

    private Evidence evidence(String path, Integer line) {
        return new Evidence(String.format("%040x", random.nextInt(1 << 30)), path, line);
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static CuratedFact fact(String holder, LocalDate since, LocalDate until, String source, String note) {
        return new CuratedFact(holder, null, since, until, source, note);
    }
}
