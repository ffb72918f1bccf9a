package org.levermap.model.assess;

import java.util.ArrayList;
import java.util.List;
import org.levermap.model.ApiEvidence;
import org.levermap.model.ForgeFacts;
import org.levermap.model.ForgeRules;
import org.levermap.model.phrase.Arg;
import org.levermap.model.phrase.Phrase;

/**
 * Who the forge's branch rules let past them, as evidence for who has admin access and merge rights:
 * the actors an active ruleset lets bypass its rules (GitHub's {@code bypass_actors}) and who alone may
 * push or merge under the default branch's protection rule (GitHub, GitLab, Forgejo). Each citation
 * names the actors as the API does and links the API URL; none of it is a verdict on its own.
 */
final class BranchRules {

    private BranchRules() {
    }

    /** The citations {@code f}'s rules give, none when they were not read or name nobody. */
    static List<Citation> citations(ForgeFacts f) {
        List<Citation> citations = new ArrayList<>();
        ForgeRules r = f == null ? null : f.rules();
        if (r == null) {
            return citations;
        }
        ForgeRules.BranchProtection p = r.protection();
        if (p != null && Boolean.TRUE.equals(p.readable())) {
            if (!p.pushAllowed().isEmpty()) {
                citations.add(cite(accounts(CitationText.ONLY_PUSH, p.pushAllowed()), f, p.evidence()));
            }
            if (!p.mergeAllowed().isEmpty()) {
                citations.add(cite(accounts(CitationText.ONLY_MERGE, p.mergeAllowed()), f, p.evidence()));
            }
        }
        for (ForgeRules.Ruleset s : r.rulesets()) {
            if (s.evidence() != null && Boolean.TRUE.equals(s.bypassListed()) && !s.bypassActors().isEmpty()
                    && "active".equals(s.enforcement())) {
                List<Arg> actors = s.bypassActors().stream().<Arg>map(a -> new Arg.Part(actor(a))).toList();
                citations.add(cite(Phrase.of(CitationText.RULESET_BYPASS).text("ruleset", s.name())
                        .several("actors", actors, Arg.Joint.COMMA), f, s.evidence()));
            }
        }
        return citations;
    }

    /** An actor as the API identifies it: GitHub gives ids, not names, for roles, teams and apps. */
    static Phrase actor(ForgeRules.BypassActor a) {
        Phrase who = switch (a.actorType()) {
            case "OrganizationAdmin" -> Phrase.of(CitationText.BYPASS_ORGANIZATION_ADMINS);
            case "RepositoryRole" -> Phrase.of(CitationText.BYPASS_REPOSITORY_ROLE).text("id", id(a));
            case "Team" -> Phrase.of(CitationText.BYPASS_TEAM).text("id", id(a));
            case "Integration" -> Phrase.of(CitationText.BYPASS_APP).text("id", id(a));
            case "DeployKey" -> Phrase.of(CitationText.BYPASS_DEPLOY_KEYS);
            default -> Phrase.of(CitationText.BYPASS_OTHER).text("type", a.actorType())
                    .part("id", a.actorId() == null ? null : Phrase.of(CitationText.BYPASS_ID).text("id", id(a)));
        };
        boolean pullRequestOnly = "pull_request".equals(a.bypassMode());
        return who.part("mode", pullRequestOnly ? Phrase.of(CitationText.BYPASS_PULL_REQUEST_ONLY) : null);
    }

    private static String id(ForgeRules.BypassActor a) {
        return String.valueOf(a.actorId());
    }

    private static Phrase accounts(CitationText key, List<String> accounts) {
        return Phrase.of(key).several("accounts", accounts.stream().<Arg>map(Arg.Text::new).toList(), Arg.Joint.COMMA);
    }

    /** Cites the forge's answer without its field: a rule is cited whole. */
    private static Citation cite(Phrase what, ForgeFacts f, ApiEvidence e) {
        return new Citation(Phrase.of(CitationText.FROM_FORGE_API).part("what", what).term("forge", f.kind())
                .day("read", e.read()), e.url(), null);
    }
}
