package org.levermap.model.change;

import org.levermap.model.assess.CitationText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.levermap.model.ApiEvidence;
import org.levermap.model.DomainFacts;
import org.levermap.model.ForgeFacts;
import org.levermap.model.ForgeRules;
import org.levermap.model.HubFacts;
import org.levermap.model.PackageFacts;
import org.levermap.model.PlatformFacts;
import org.levermap.model.assess.Citation;
import org.levermap.model.phrase.Phrase;

/**
 * What the platform APIs saw change between two snapshots that both have them: the owner of the
 * repository or of the hub repository, the hub's gating and the domain's registrant are notable (they
 * are who can delete, gate or take over the name); a new owner of a package name is notable (one more
 * account can ship a release), one leaving is info; public members joining or leaving are info.
 * A platform one snapshot did not read is not compared: not read is not "gone".
 */
final class PlatformRule implements ChangeRule {

    @Override
    public List<Change> changes(Step step) {
        PlatformFacts was = step.before().platforms();
        PlatformFacts is = step.after().platforms();
        List<Change> changes = new ArrayList<>();
        if (was == null || is == null) {
            return changes;
        }
        ForgeFacts f0 = was.forge();
        ForgeFacts f1 = is.forge();
        if (f0 != null && f1 != null) {
            value(step, changes, ChangeKind.PLATFORM_OWNER, subject(ChangeText.SUBJECT_REPOSITORY, null), f0.owner(), f1.owner(),
                    ChangeText.REPOSITORY_OWNER_CHANGED,
                    f1.evidence().field("owner"));
            if (f0.organisation() != null && f1.organisation() != null && f1.organisation().membersEvidence() != null
                    && f0.organisation().membersEvidence() != null) {
                members(step, changes, ChangeKind.PLATFORM_MEMBER,
                        subject(ChangeText.SUBJECT_ORGANISATION, f1.organisation().login()),
                        f0.organisation().members(), f1.organisation().members(), Severity.INFO,
                        f1.organisation().membersEvidence());
            }
            teams(step, changes, f0.rules(), f1.rules());
        }
        HubFacts h0 = was.hub();
        HubFacts h1 = is.hub();
        if (h0 != null && h1 != null) {
            value(step, changes, ChangeKind.PLATFORM_OWNER, subject(ChangeText.SUBJECT_HUB_REPOSITORY, null), h0.owner(), h1.owner(),
                    ChangeText.HUB_OWNER_CHANGED,
                    h1.evidence().field("author"));
            value(step, changes, ChangeKind.GATING, subject(ChangeText.SUBJECT_HUB_REPOSITORY, null), keyword(h0.gating()), keyword(h1.gating()),
                    ChangeText.GATING_CHANGED, h1.evidence().field("gated"));
            if (h0.membersEvidence() != null && h1.membersEvidence() != null) {
                members(step, changes, ChangeKind.PLATFORM_MEMBER, subject(ChangeText.SUBJECT_HUB_ORGANISATION, h1.owner()),
                        h0.members(),
                        h1.members(), Severity.INFO, h1.membersEvidence());
            }
        }
        Map<String, PackageFacts> p0 = packages(was);
        packages(is).forEach((key, p) -> {
            PackageFacts before = p0.get(key);
            if (before != null) {
                Phrase owners = Phrase.of(p.registry().containers() ? ChangeText.SUBJECT_IMAGE_OWNERS
                        : ChangeText.SUBJECT_PACKAGE_OWNERS).text("registry", p.registry().keyword()).text("name", p.name());
                members(step, changes, ChangeKind.PACKAGE_OWNER, owners, before.owners(), p.owners(), Severity.NOTABLE,
                        p.evidence());
            }
        });
        DomainFacts d0 = was.domain();
        DomainFacts d1 = is.domain();
        if (d0 != null && d1 != null && d0.domain().equals(d1.domain()) && d0.registrant() != null
                && d1.registrant() != null) {
            value(step, changes, ChangeKind.DOMAIN_HOLDER, Phrase.of(ChangeText.SUBJECT_DOMAIN).text("domain", d1.domain()), d0.registrant(), d1.registrant(),
                    ChangeText.DOMAIN_HOLDER_CHANGED, d1.evidence());
        }
        return changes;
    }

    /** Members joining or leaving a CODEOWNERS team, when both readings could see it. */
    private static void teams(Step step, List<Change> changes, ForgeRules r0, ForgeRules r1) {
        if (r0 == null || r1 == null) {
            return;
        }
        Map<String, ForgeRules.Team> before = new java.util.HashMap<>();
        r0.codeOwnerTeams().forEach(t -> before.put(t.team(), t));
        for (ForgeRules.Team t : r1.codeOwnerTeams()) {
            ForgeRules.Team was = before.get(t.team());
            if (was != null && was.readable() && t.readable()) {
                members(step, changes, ChangeKind.PLATFORM_MEMBER, subject(ChangeText.SUBJECT_TEAM, t.team()), was.members(),
                        t.members(), Severity.INFO, t.evidence());
            }
        }
    }

    /** What a platform change is about: the repository, or an organisation, team or domain by name. */
    private static Phrase subject(ChangeText key, String name) {
        return Phrase.of(key).text("name", name);
    }

    private static void value(Step step, List<Change> changes, ChangeKind kind, Phrase subject, String from, String to,
            ChangeText sentence, ApiEvidence evidence) {
        if (from == null || to == null || Objects.equals(from, to)) {
            return;
        }
        changes.add(step.change(kind, Severity.NOTABLE, Step.part(subject), Step.text(from), Step.text(to),
                Phrase.of(sentence).part("subject", subject).text("to", to),
                List.of(cite(evidence))));
    }

    private static void members(Step step, List<Change> changes, ChangeKind kind, Phrase subject, List<String> before,
            List<String> after, Severity joining, ApiEvidence evidence) {
        Set<String> was = new LinkedHashSet<>(before);
        Set<String> is = new LinkedHashSet<>(after);
        for (String m : is) {
            if (!was.contains(m)) {
                changes.add(step.change(kind, joining, Step.part(subject), null, Step.text(m),
                        Phrase.of(ChangeText.MEMBER_JOINED).text("member", m).part("subject", subject),
                        List.of(cite(evidence))));
            }
        }
        for (String m : was) {
            if (!is.contains(m)) {
                changes.add(step.change(kind, Severity.INFO, Step.part(subject), Step.text(m), null,
                        Phrase.of(ChangeText.MEMBER_LEFT).text("member", m).part("subject", subject),
                        List.of(cite(evidence))));
            }
        }
    }

    private static Map<String, PackageFacts> packages(PlatformFacts p) {
        Map<String, PackageFacts> byName = new TreeMap<>();
        p.packages().forEach(pkg -> byName.put(pkg.registry().keyword() + " " + pkg.name(), pkg));
        return byName;
    }

    private static String keyword(org.levermap.model.Gating gating) {
        return gating == null ? null : gating.keyword();
    }

    private static Citation cite(ApiEvidence e) {
        return new Citation(Phrase.of(CitationText.COLLECTED_FROM_API).day("read", e.read())
                .part("field", CitationText.field(e)), e.url(), null);
    }
}
