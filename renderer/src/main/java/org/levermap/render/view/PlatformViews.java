package org.levermap.render.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.levermap.model.ApiEvidence;
import org.levermap.model.DomainFacts;
import org.levermap.model.ForgeFacts;
import org.levermap.model.ForgeKind;
import org.levermap.model.ForgeRules;
import org.levermap.model.HubFacts;
import org.levermap.model.PackageFacts;
import org.levermap.model.PlatformFacts;
import org.levermap.model.assess.HubChanges;

/** Puts a snapshot's platform observations into rows; it only formats, the verdicts are the assessment's. */
final class PlatformViews {

    /** The repository each forge reads an organisation's shared files from. */
    private static final Map<ForgeKind, String> SHARED = Map.of(ForgeKind.GITHUB, ".github",
            ForgeKind.GITLAB, "gitlab-profile", ForgeKind.FORGEJO, ".profile");

    private PlatformViews() {
    }

    static PlatformView of(PlatformFacts p) {
        if (p == null) {
            return null;
        }
        List<PlatformView.Row> rows = new ArrayList<>();
        String read = null;
        ForgeFacts f = p.forge();
        if (f != null) {
            read = f.evidence().read().toString();
            rows.add(row("Repository owner", f.owner() + account(f.ownerKind()) + " on " + f.kind().keyword()
                    + (Boolean.TRUE.equals(f.archived()) ? "; archived" : "")
                    + (f.forkOf() == null ? "" : "; a fork of " + f.forkOf()), f.evidence()));
            if (f.branchProtected() != null) {
                rows.add(row("Default branch", f.defaultBranch() + (f.branchProtected() ? ", protected" : ", not protected"),
                        f.evidence()));
            }
            rules(f, rows);
            ForgeFacts.ForgeOrganisation o = f.organisation();
            if (o != null) {
                rows.add(row("Organisation", join(o.name(), o.company(), o.blog(),
                        o.created() == null ? null : "created " + o.created(),
                        Boolean.TRUE.equals(o.verified()) ? "verified domain" : null), o.evidence()));
                if (o.membersEvidence() != null) {
                    rows.add(row("Public members", list(o.members()), o.membersEvidence()));
                }
            }
            if (!f.releases().isEmpty()) {
                ForgeFacts.ForgeRelease r = f.releases().get(0);
                rows.add(row("Latest release", join(r.tag(), r.published() == null ? null : r.published().toString(),
                        r.publisher() == null ? null : "published by " + r.publisher()), f.evidence()));
            }
        }
        HubFacts h = p.hub();
        if (h != null) {
            read = read == null ? h.evidence().read().toString() : read;
            rows.add(row("Weights (hub owner)", join(h.owner() + account(h.ownerKind()),
                    h.gating() == null ? null : "gating: " + h.gating().keyword(),
                    h.license() == null ? null : "license tag: " + h.license()), h.evidence()));
            hubChange("Weights last changed", HubChanges.lastWeights(h), h, rows);
            hubChange("Hub license last changed", HubChanges.lastLicense(h), h, rows);
            if (h.membersEvidence() != null && !h.members().isEmpty()) {
                rows.add(row("Hub organisation members", list(h.members()), h.membersEvidence()));
            }
        }
        for (PackageFacts pkg : p.packages()) {
            read = read == null ? pkg.evidence().read().toString() : read;
            rows.add(row("Publishing " + pkg.registry().keyword() + " " + pkg.name(), pkg.owners().isEmpty()
                    ? "not given by the registry" : list(pkg.owners()), pkg.evidence()));
            PackageFacts.OwnerAccount owner = pkg.owner();
            if (owner != null) {
                rows.add(row("Owner of " + pkg.registry().keyword() + " " + pkg.name(), join(owner.login()
                        + account(owner.kind()), owner.name()), owner.evidence()));
            }
        }
        DomainFacts d = p.domain();
        if (d != null) {
            read = read == null ? d.evidence().read().toString() : read;
            rows.add(row("Domain " + d.domain(), join(d.registrant() == null ? "registrant not public"
                    : "registered to " + d.registrant(), d.registrar() == null ? null : "via " + d.registrar(),
                    d.registered() == null ? null : "since " + d.registered(),
                    d.expires() == null ? null : "until " + d.expires()), d.evidence()));
        }
        return rows.isEmpty() ? null : new PlatformView(read, rows);
    }

    private static void hubChange(String lever, java.util.Optional<HubFacts.HubCommit> commit, HubFacts h,
            List<PlatformView.Row> rows) {
        commit.ifPresent(c -> rows.add(row(lever, join(c.date().toString(),
                c.authors().isEmpty() ? null : "by " + String.join(", ", c.authors()),
                "commit \u201c" + c.title() + "\u201d (judged by its title: the hub lists no changed files)"),
                h.evidence())));
    }

    private static void rules(ForgeFacts f, List<PlatformView.Row> rows) {
        ForgeRules r = f.rules();
        if (r == null) {
            return;
        }
        ForgeRules.BranchProtection p = r.protection();
        if (p != null) {
            rows.add(row("Branch protection rule", !p.readable() ? "not readable with this token (needs admin rights)"
                    : join(p.requiredApprovals() == null ? null : p.requiredApprovals() + " approval(s) to merge",
                            Boolean.TRUE.equals(p.codeOwnerReviews()) ? "code owners must approve" : null,
                            p.enforceAdmins() == null ? null : p.enforceAdmins() ? "binds admins" : "admins exempt",
                            p.pushAllowed().isEmpty() ? null : "only " + String.join(", ", p.pushAllowed()) + " may push",
                            p.mergeAllowed().isEmpty() ? null : "only " + String.join(", ", p.mergeAllowed()) + " may merge"),
                    p.evidence()));
        }
        if (r.rulesetsEvidence() != null && !r.rulesets().isEmpty()) {
            List<String> sets = new ArrayList<>();
            r.rulesets().forEach(s -> sets.add(join(s.name(), s.enforcement(), s.source(), bypass(s))));
            rows.add(row("Rulesets", String.join(" | ", sets), r.rulesetsEvidence()));
        }
        if (r.communityEvidence() != null) {
            List<String> files = new ArrayList<>();
            r.communityFiles().forEach(k -> files.add(k.keyword()));
            rows.add(row("Organisation-wide files (" + SHARED.get(f.kind()) + ")", files.isEmpty() ? "none" : String.join(", ", files),
                    r.communityEvidence()));
        }
        for (ForgeRules.Team t : r.codeOwnerTeams()) {
            rows.add(row("CODEOWNERS team " + t.team(), t.readable() ? list(t.members())
                    : "members not readable with this token", t.evidence()));
        }
    }

    /** Who may bypass a ruleset, as GitHub identifies them (ids, not names), or why it is not known. */
    private static String bypass(ForgeRules.Ruleset s) {
        if (s.bypassListed() == null) {
            return null;
        }
        if (!s.bypassListed()) {
            return "who may bypass it is not shown with this token";
        }
        List<String> actors = new ArrayList<>();
        s.bypassActors().forEach(a -> actors.add(a.actorType() + (a.actorId() == null ? "" : " " + a.actorId())
                + (a.bypassMode() == null ? "" : " (" + a.bypassMode() + ")")));
        return actors.isEmpty() ? "nobody may bypass it" : "may bypass it: " + String.join(", ", actors);
    }

    private static PlatformView.Row row(String lever, String observed, ApiEvidence e) {
        return new PlatformView.Row(lever, observed, Links.url(e.url()));
    }

    private static String account(org.levermap.model.AccountKind kind) {
        return kind == null ? "" : " (" + (kind == org.levermap.model.AccountKind.USER ? "user" : "organisation") + ")";
    }

    private static String list(List<String> names) {
        return names.isEmpty() ? "none public" : String.join(", ", names);
    }

    private static String join(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                kept.add(part);
            }
        }
        return String.join("; ", kept);
    }
}
