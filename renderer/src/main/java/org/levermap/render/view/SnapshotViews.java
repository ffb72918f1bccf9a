package org.levermap.render.view;

import java.util.ArrayList;
import java.util.List;
import org.levermap.model.Concentration;
import org.levermap.model.ContributionFacts;
import org.levermap.model.LicenseChange;
import org.levermap.model.LicenseFacts;
import org.levermap.model.LineageFacts;
import org.levermap.model.ModelLineage;
import org.levermap.model.Project;
import org.levermap.model.Provenance;
import org.levermap.model.ResourceFacts;
import org.levermap.model.Snapshot;
import org.levermap.model.StewardshipFacts;
import org.levermap.model.assess.Concentrations;

/** Shows what a snapshot observed, with every piece of evidence linked to its forge. */
final class SnapshotViews {

    private final Refs refs;

    SnapshotViews(Refs refs) {
        this.refs = refs;
    }

    SnapshotView of(Project project, Snapshot s) {
        String repo = project.repository();
        return new SnapshotView(refs.project(project.id()), s.date().toString(), SitePaths.snapshot(project.id(), s.date()),
                provenance(repo, s.provenance()), license(repo, s.license()), stewardship(s.stewardship()),
                contribution(repo, s.contribution()), funding(repo, s.resources()), lineage(repo, s.lineage(), s.modelLineage()),
                PlatformViews.of(s.platforms()));
    }

    private SnapshotView.Provenance provenance(String repo, Provenance p) {
        ExtLink commit = p.commit() == null ? null : new ExtLink(p.commit(),
                refs.links().forge(repo).map(f -> f.commit(p.commit())).orElse(null));
        return new SnapshotView.Provenance(p.tool(), p.repository(), p.branch(), commit, Refs.date(p.commitDate()),
                Boolean.TRUE.equals(p.shallow()), p.warnings().stream().filter(w -> w != null).toList());
    }

    private SnapshotView.License license(String repo, LicenseFacts l) {
        if (l == null) {
            return null;
        }
        List<ExtLink> files = new ArrayList<>();
        for (LicenseFacts.LicenseFile f : l.files()) {
            if (f != null) {
                // The note is the identification's reason (a clause added, a README line): shown with it.
                String note = f.note() == null ? "" : " (" + f.note() + ")";
                files.add(new ExtLink((f.spdx() == null ? "unidentified" : f.spdx()) + note + " — "
                        + refs.links().evidence(repo, f.evidence()).text(), refs.links().evidence(repo, f.evidence()).url()));
            }
        }
        for (LicenseFacts.PatentGrant g : l.patents()) {
            if (g != null) {
                String note = g.note() == null ? "" : " (" + g.note() + ")";
                files.add(new ExtLink("patent grant " + g.spdx() + note + " — " + refs.links().evidence(repo, g.evidence()).text(),
                        refs.links().evidence(repo, g.evidence()).url()));
            }
        }
        List<SnapshotView.Holder> holders = new ArrayList<>();
        for (LicenseFacts.CopyrightHolder h : l.copyrightHolders()) {
            if (h != null) {
                holders.add(new SnapshotView.Holder(h.name(), refs.actor(h.actor()), refs.links().evidence(repo, h.evidence())));
            }
        }
        List<SnapshotView.LicenseStep> history = new ArrayList<>();
        for (LicenseChange c : l.history()) {
            if (c != null) {
                history.add(new SnapshotView.LicenseStep(c.date().toString(), c.kind().keyword(), orNone(c.from()),
                        orNone(c.to()), refs.links().evidence(repo, c.evidence())));
            }
        }
        return new SnapshotView.License(l.spdx(), l.family() == null ? null : l.family().keyword(),
                percent(l.confidence()), files, holders, history);
    }

    private static SnapshotView.Stewardship stewardship(StewardshipFacts s) {
        if (s == null) {
            return null;
        }
        return new SnapshotView.Stewardship(s.tags(), s.signedTags(), s.latestTag(), Refs.date(s.latestTagDate()),
                percent(s.signedCommitShare()));
    }

    private SnapshotView.Contribution contribution(String repo, ContributionFacts c) {
        if (c == null) {
            return null;
        }
        List<ExtLink> documents = new ArrayList<>();
        for (ContributionFacts.Document d : c.documents()) {
            if (d != null) {
                documents.add(refs.links().labelled(repo, d.kind().keyword(), d.evidence()));
            }
        }
        List<SnapshotView.Maintainer> maintainers = new ArrayList<>();
        for (ContributionFacts.Maintainer m : c.maintainers()) {
            if (m != null) {
                maintainers.add(new SnapshotView.Maintainer(m.name(), refs.actor(m.actor()), m.role(),
                        refs.links().evidence(repo, m.evidence())));
            }
        }
        List<SnapshotView.Merger> mergers = new ArrayList<>();
        for (ContributionFacts.Merger m : c.mergers()) {
            if (m != null) {
                mergers.add(new SnapshotView.Merger(m.name() == null ? m.identity() : m.name(), m.merges()));
            }
        }
        ContributionFacts.Terms t = c.terms();
        String cla = t == null || t.cla() == null ? "unknown" : t.cla() ? "required" : "not required";
        List<ExtLink> claEvidence = t == null ? List.of()
                : t.claEvidence().stream().filter(e -> e != null).map(e -> refs.links().evidence(repo, e)).toList();
        String dco = t == null || t.dcoShare() == null ? null : percent(t.dcoShare()) + " of "
                + (t.dcoSampled() == null ? "the" : t.dcoSampled()) + " sampled commits signed off";
        return new SnapshotView.Contribution(documents, maintainers, c.codeownerPatterns(), mergers, cla, claEvidence,
                dco, concentration(c.concentration()));
    }

    private SnapshotView.Concentration concentration(Concentration c) {
        if (c == null) {
            return null;
        }
        List<SnapshotView.Share> authors = new ArrayList<>();
        for (Concentration.Contributor a : c.topAuthors()) {
            if (a != null) {
                authors.add(new SnapshotView.Share(a.name() == null ? a.identity() : a.name(), refs.actor(a.actor()),
                        a.commits(), a.share(), percent(a.share())));
            }
        }
        List<SnapshotView.Share> orgs = new ArrayList<>();
        for (Concentration.Organisation o : c.organisations()) {
            if (o != null) {
                orgs.add(new SnapshotView.Share(o.name(), refs.actor(o.actor()), o.commits(), o.share(),
                        percent(o.share())));
            }
        }
        return new SnapshotView.Concentration(c.from().toString(), c.to().toString(), c.commits(), c.authors(),
                c.botCommits(), c.busFactor(), c.elephantFactor(), authors, orgs);
    }

    private List<SnapshotView.Funding> funding(String repo, ResourceFacts r) {
        if (r == null) {
            return List.of();
        }
        List<SnapshotView.Funding> links = new ArrayList<>();
        for (ResourceFacts.FundingLink f : r.funding()) {
            if (f != null) {
                links.add(new SnapshotView.Funding(f.platform(), Links.url(f.account(), fundingUrl(f)),
                        refs.links().evidence(repo, f.evidence())));
            }
        }
        return links;
    }

    /** The page of a FUNDING.yml account on its platform; null when the platform has no known address. */
    static String fundingUrl(ResourceFacts.FundingLink f) {
        String account = f.account();
        if (!account.matches("[A-Za-z0-9_.-]{1,100}")) {
            return f.platform().equals("custom") ? account : null;
        }
        return switch (f.platform()) {
            case "github" -> "https://github.com/sponsors/" + account;
            case "open_collective" -> "https://opencollective.com/" + account;
            case "patreon" -> "https://www.patreon.com/" + account;
            case "ko_fi" -> "https://ko-fi.com/" + account;
            case "liberapay" -> "https://liberapay.com/" + account;
            case "polar" -> "https://polar.sh/" + account;
            case "buy_me_a_coffee" -> "https://buymeacoffee.com/" + account;
            case "thanks_dev" -> "https://thanks.dev/" + account;
            default -> null;
        };
    }

    /** The page shows a fork's relation and a model's base models in one section; either may be absent. */
    private SnapshotView.Lineage lineage(String repo, LineageFacts fork, ModelLineage model) {
        if (fork == null && model == null) {
            return null;
        }
        LineageFacts l = fork != null ? fork
                : new LineageFacts(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        ModelLineage m = model != null ? model : new ModelLineage(null, null, null);
        return new SnapshotView.Lineage(refs.project(l.upstream()), refs.links().evidence(repo, l.forkPoint()),
                Refs.date(l.forkDate()), l.ahead(), l.behind(), Refs.date(l.lastSync()), l.licenseAtFork(), l.nameAtFork(),
                l.upstreamLicense(), m.baseModels().stream().filter(b -> b != null).toList(), m.baseModelRelation(),
                m.datasets().stream().filter(d -> d != null).toList());
    }

    private static String orNone(String s) {
        return s == null ? "none" : s;
    }

    /** A share as a whole percentage, or null. */
    static String percent(Double share) {
        return share == null ? null : Concentrations.percent(share);
    }
}
