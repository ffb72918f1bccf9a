package org.levermap.model.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.levermap.model.Actor;
import org.levermap.model.ActorKind;
import org.levermap.model.Concentration;
import org.levermap.model.ContributionFacts;
import org.levermap.model.CuratedFact;
import org.levermap.model.DocumentKind;
import org.levermap.model.Evidence;
import org.levermap.model.LicenseChange;
import org.levermap.model.LicenseFacts;
import org.levermap.model.LicenseFamily;
import org.levermap.model.LineageFacts;
import org.levermap.model.Levers;
import org.levermap.model.Project;
import org.levermap.model.Provenance;
import org.levermap.model.ResourceFacts;
import org.levermap.model.Snapshot;
import org.levermap.model.StewardshipFacts;
import org.levermap.model.assess.Lever;

/** Small builders of model records for rule tests: only what a test sets is present. */
public final class Samples {

    public static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
    public static final Evidence EVIDENCE = new Evidence(COMMIT, "GOVERNANCE.md", 1);

    private Samples() {
    }

    public static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    public static Actor actor(String id, ActorKind kind, Actor.Parent... parents) {
        return new Actor(id, id.substring(0, 1).toUpperCase() + id.substring(1), kind, null, null, List.of(parents),
                null, null);
    }

    public static Map<String, Actor> actors(Actor... actors) {
        Map<String, Actor> map = new LinkedHashMap<>();
        for (Actor a : actors) {
            map.put(a.id(), a);
        }
        return map;
    }

    /** The usual cast: a company, a foundation, a non-profit, two people, a community body, another company. */
    public static Map<String, Actor> cast() {
        return actors(actor("acme", ActorKind.COMPANY), actor("globex", ActorKind.COMPANY),
                actor("openfound", ActorKind.FOUNDATION), actor("nonprof", ActorKind.NONPROFIT),
                actor("alice", ActorKind.PERSON), actor("bob", ActorKind.PERSON),
                actor("tsc", ActorKind.COMMUNITY),
                actor("acme-labs", ActorKind.COMPANY, new Actor.Parent("acme", day("2020-01-01"), null,
                        "https://example.org/acquired")));
    }

    public static CuratedFact held(String holder) {
        return new CuratedFact(holder, null, null, null, "https://example.org/" + holder, null);
    }

    public static CuratedFact held(String holder, String since, String until) {
        return new CuratedFact(holder, null, since == null ? null : day(since), until == null ? null : day(until),
                "https://example.org/" + holder, null);
    }

    public static CuratedFact value(String value) {
        return new CuratedFact(null, value, null, null, "https://example.org/value", null);
    }

    /** A project whose levers are given lever, facts, lever, facts... */
    public static Project project(String id, Object... leverThenFacts) {
        Map<Lever, List<CuratedFact>> levers = new EnumMap<>(Lever.class);
        Lever current = null;
        for (Object o : leverThenFacts) {
            if (o instanceof Lever l) {
                current = l;
                levers.computeIfAbsent(l, k -> new ArrayList<>());
            } else {
                levers.get(current).add((CuratedFact) o);
            }
        }
        Levers l = new Levers(levers.get(Lever.BRAND), levers.get(Lever.DOMAIN), levers.get(Lever.LEGAL_ENTITY),
                levers.get(Lever.ADMINS), levers.get(Lever.MERGE), levers.get(Lever.RELEASE_SIGNING),
                levers.get(Lever.LICENSE_CHANGE), levers.get(Lever.FUNDING), levers.get(Lever.INFRASTRUCTURE),
                levers.get(Lever.COMPUTE), levers.get(Lever.DECISIONS));
        return new Project(id, id.substring(0, 1).toUpperCase() + id.substring(1), null, null, null, null, null, null,
                l, null);
    }

    /** {@code p} with its repository address and its upstream (null for none). */
    public static Project at(Project p, String repository, String upstream) {
        return new Project(p.id(), p.name(), p.kind(), p.description(), repository, p.branch(), p.website(), upstream,
                p.levers(), p.events());
    }

    public static SnapshotBuilder snapshot(String project, String date) {
        return new SnapshotBuilder(project, day(date));
    }

    /** Builds a snapshot part by part. */
    public static final class SnapshotBuilder {
        private final String project;
        private final LocalDate date;
        private LicenseFacts license;
        private StewardshipFacts stewardship;
        private final List<ContributionFacts.Document> documents = new ArrayList<>();
        private final List<ContributionFacts.Maintainer> maintainers = new ArrayList<>();
        private final List<ContributionFacts.Merger> mergers = new ArrayList<>();
        private ContributionFacts.Terms terms;
        private Concentration concentration;
        private boolean contribution;
        private ResourceFacts resources;
        private LineageFacts lineage;

        SnapshotBuilder(String project, LocalDate date) {
            this.project = project;
            this.date = date;
        }

        public SnapshotBuilder license(String spdx, LicenseFamily family, LicenseChange... history) {
            license = new LicenseFacts(spdx, family, 1.0, null, null, List.of(history));
            return this;
        }

        /** License facts read from files, each "PATH=SPDX" (a REUSE folder's {@code LICENSES/GPL-3.0-only.txt=GPL-3.0-only}). */
        public SnapshotBuilder licenseFiles(String spdx, LicenseFamily family, String... files) {
            List<LicenseFacts.LicenseFile> read = new ArrayList<>();
            for (String f : files) {
                String[] pathAndId = f.split("=", 2);
                read.add(new LicenseFacts.LicenseFile(pathAndId[1], 1.0, new Evidence(COMMIT, pathAndId[0], null), null, null));
            }
            license = new LicenseFacts(spdx, family, 1.0, read, null, null);
            return this;
        }

        public SnapshotBuilder copyright(String spdx, LicenseFamily family, String... holderActors) {
            List<LicenseFacts.CopyrightHolder> holders = new ArrayList<>();
            for (String a : holderActors) {
                holders.add(new LicenseFacts.CopyrightHolder(a + " Inc.", a, new Evidence(COMMIT, "LICENSE", 1)));
            }
            license = new LicenseFacts(spdx, family, 1.0, null, holders, null);
            return this;
        }

        /** Adds a copyright line of the root LICENSE (after {@link #license} or {@link #copyright}). */
        public SnapshotBuilder copyrightLine(String name, String actor, int line) {
            List<LicenseFacts.CopyrightHolder> holders = new ArrayList<>(license.copyrightHolders());
            holders.add(new LicenseFacts.CopyrightHolder(name, actor, new Evidence(COMMIT, "LICENSE", line)));
            license = new LicenseFacts(license.spdx(), license.family(), 1.0, null, holders, license.history());
            return this;
        }

        public SnapshotBuilder tags(int tags, int signed) {
            stewardship = new StewardshipFacts(tags, signed, "v1", date, 0.0);
            return this;
        }

        public SnapshotBuilder documents(DocumentKind... kinds) {
            contribution = true;
            for (DocumentKind k : kinds) {
                documents.add(new ContributionFacts.Document(k, new Evidence(COMMIT, k.name() + ".md", null)));
            }
            return this;
        }

        public SnapshotBuilder maintainers(String... names) {
            contribution = true;
            for (String n : names) {
                maintainers.add(new ContributionFacts.Maintainer(n, null, null, "maintainer",
                        new Evidence(COMMIT, "MAINTAINERS", maintainers.size() + 1)));
            }
            return this;
        }

        public SnapshotBuilder mergers(String... identities) {
            contribution = true;
            for (String id : identities) {
                mergers.add(new ContributionFacts.Merger(id, null, 3));
            }
            return this;
        }

        public SnapshotBuilder merger(String identity, int merges) {
            contribution = true;
            mergers.add(new ContributionFacts.Merger(identity, null, merges));
            return this;
        }

        public SnapshotBuilder terms(boolean cla, Double dcoShare) {
            contribution = true;
            terms = new ContributionFacts.Terms(cla, cla ? List.of(new Evidence(COMMIT, ".github/cla.yml", null))
                    : null, dcoShare == null ? null : 100, dcoShare);
            return this;
        }

        /** Concentration with a bus factor and organisations given as name, actor, share, name, actor, share... */
        public SnapshotBuilder concentration(Integer busFactor, Object... nameActorShare) {
            contribution = true;
            List<Concentration.Organisation> orgs = new ArrayList<>();
            for (int i = 0; i < nameActorShare.length; i += 3) {
                double share = (Double) nameActorShare[i + 2];
                orgs.add(new Concentration.Organisation((String) nameActorShare[i], (String) nameActorShare[i + 1],
                        (int) Math.round(share * 1000), null, share));
            }
            concentration = new Concentration(date.minusYears(1), date, 1000, 20, 0, 0, busFactor, null, null, orgs);
            return this;
        }

        public SnapshotBuilder funding(String... platformAccount) {
            List<ResourceFacts.FundingLink> links = new ArrayList<>();
            for (int i = 0; i < platformAccount.length; i += 2) {
                links.add(new ResourceFacts.FundingLink(platformAccount[i], platformAccount[i + 1],
                        new Evidence(COMMIT, ".github/FUNDING.yml", i / 2 + 1)));
            }
            resources = new ResourceFacts(links);
            return this;
        }

        public SnapshotBuilder lineage(String upstream, String forkDate, String lastSync, String nameAtFork,
                String licenseAtFork) {
            return lineage(upstream, forkDate, lastSync, nameAtFork, licenseAtFork, null, null);
        }

        /** A fork's lineage, with the name it gives itself now and upstream's license now. */
        public SnapshotBuilder lineage(String upstream, String forkDate, String lastSync, String nameAtFork,
                String licenseAtFork, String name, String upstreamLicense) {
            lineage = new LineageFacts(upstream, new Evidence(COMMIT, null, null), forkDate == null ? null : day(forkDate),
                    10, 20, null, null, lastSync == null ? null : day(lastSync), null, licenseAtFork, nameAtFork, name,
                    upstreamLicense, null);
            return this;
        }

        public Snapshot build() {
            ContributionFacts c = contribution
                    ? new ContributionFacts(documents, maintainers, null, mergers, terms, concentration) : null;
            return new Snapshot(project, date, new Provenance("test", null, null, COMMIT, date, false, null), license,
                    stewardship, c, resources, lineage);
        }
    }
}
