package org.levermap.model.assess;

import java.util.List;
import java.util.Optional;

/**
 * One rule of the governance model. The rules are tried in {@link #ORDER}; the first that applies
 * decides, so a project hosted by a foundation is a foundation project even if a company dominates its
 * commits (the flags say that part).
 */
interface GovernanceModelRule {

    /** The rules, in the order they are tried. */
    List<GovernanceModelRule> ORDER = List.of(new FoundationRule(), new CoalitionRule(), new BdflRule(),
            new CorporateRule(), new CommunityRule());

    /** The verdict when the rule applies. */
    Optional<Verdict> apply(Facts facts);

    /** The model for {@code facts}: the first rule that applies, else unknown with the reason. */
    static Verdict decide(Facts facts) {
        for (GovernanceModelRule rule : ORDER) {
            Optional<Verdict> verdict = rule.apply(facts);
            if (verdict.isPresent()) {
                return verdict.get();
            }
        }
        return new Verdict(GovernanceModel.UNKNOWN, List.of(unknownReason(facts)));
    }

    /**
     * Why no rule applies (nothing decisive is documented, or what is documented fits no model) and
     * what would decide it: who holds the legal entity, the name or the final decisions, or who owns
     * the repository.
     */
    private static Reason unknownReason(Facts facts) {
        List<String> parts = new java.util.ArrayList<>();
        for (Lever lever : List.of(Lever.LEGAL_ENTITY, Lever.BRAND, Lever.DECISIONS, Lever.ADMINS)) {
            List<String> holders = new java.util.ArrayList<>();
            facts.holders(lever).forEach(h -> holders.add(facts.actors.name(h) + " (" + Names.kindOf(h, facts.actors)
                    + ")"));
            facts.facts(lever).stream().filter(f -> f.holder() == null).forEach(f -> holders.add(f.value()));
            if (!holders.isEmpty()) {
                parts.add(Names.lower(lever) + ": " + String.join(", ", holders));
            }
        }
        String owner = facts.repositoryOwner().map(o -> "the repository's owner, " + facts.actors.name(o) + " ("
                + Names.kindOf(o, facts.actors) + "), holds neither the license nor most of the work")
                .orElse(facts.repositoryAccount().map(a -> "the repository's owner, " + a + ", is no known actor")
                        .orElse("the repository's owner is not known"));
        String decide = "who holds the legal entity, the name or the final decisions (a curated lever with a source)"
                + (facts.repositoryOwner().isEmpty() ? ", or an actor for the organisation owning the repository" : "")
                + ".";
        if (parts.isEmpty()) {
            return new Reason(ReasonCode.NO_DECISIVE_EVIDENCE, "The legal entity, the name and the final decisions are"
                    + " not documented, no organisation makes most of the commits, and " + owner + ".", decide);
        }
        return new Reason(ReasonCode.LEVERS_FIT_NO_MODEL, "The documented levers fit none of the models ("
                + String.join("; ", parts) + "), and " + owner + ".", decide);
    }
}
