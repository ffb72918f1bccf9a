package org.levermap.model.assess;

import java.util.ArrayList;
import java.util.List;
import org.levermap.model.ApiEvidence;
import org.levermap.model.ForgeFacts;
import org.levermap.model.ForgeRules;

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
                citations.add(cite("Only " + String.join(", ", p.pushAllowed()) + " may push to the default branch",
                        f, p.evidence()));
            }
            if (!p.mergeAllowed().isEmpty()) {
                citations.add(cite("Only " + String.join(", ", p.mergeAllowed()) + " may merge into the default branch",
                        f, p.evidence()));
            }
        }
        for (ForgeRules.Ruleset s : r.rulesets()) {
            if (s.evidence() != null && Boolean.TRUE.equals(s.bypassListed()) && !s.bypassActors().isEmpty()
                    && "active".equals(s.enforcement())) {
                List<String> actors = s.bypassActors().stream().map(BranchRules::actor).toList();
                citations.add(cite("The ruleset \u201c" + s.name() + "\u201d lets " + String.join(", ", actors)
                        + " bypass its rules", f, s.evidence()));
            }
        }
        return citations;
    }

    /** An actor as the API identifies it: GitHub gives ids, not names, for roles, teams and apps. */
    static String actor(ForgeRules.BypassActor a) {
        String who = switch (a.actorType()) {
            case "OrganizationAdmin" -> "the organisation's admins";
            case "RepositoryRole" -> "the repository role with id " + a.actorId();
            case "Team" -> "the team with id " + a.actorId();
            case "Integration" -> "the GitHub App with id " + a.actorId();
            case "DeployKey" -> "deploy keys";
            default -> a.actorType() + (a.actorId() == null ? "" : " " + a.actorId());
        };
        return who + ("pull_request".equals(a.bypassMode()) ? " (through a pull request only)" : "");
    }

    private static Citation cite(String what, ForgeFacts f, ApiEvidence e) {
        return new Citation(what + " (collected from the " + CollectedLevers.forgeName(f) + " API on " + e.read()
                + ")", e.url(), null);
    }
}
