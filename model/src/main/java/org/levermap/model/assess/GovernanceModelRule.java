package org.levermap.model.assess;

import java.util.List;
import java.util.Optional;
import org.levermap.model.phrase.Arg;
import org.levermap.model.phrase.Phrase;

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
        List<Arg> parts = new java.util.ArrayList<>();
        for (Lever lever : List.of(Lever.LEGAL_ENTITY, Lever.BRAND, Lever.DECISIONS, Lever.ADMINS)) {
            List<Arg> holders = new java.util.ArrayList<>();
            facts.holders(lever).forEach(h -> holders.add(new Arg.Part(Phrase.of(PhraseKey.HOLDER_WITH_KIND)
                    .actor("holder", h))));
            facts.facts(lever).stream().filter(f -> f.holder() == null).forEach(f -> holders.add(new Arg.Text(f.value())));
            if (!holders.isEmpty()) {
                parts.add(new Arg.Part(Phrase.of(PhraseKey.LEVER_HOLDERS).term("lever", lever)
                        .several("holders", holders, Arg.Joint.COMMA)));
            }
        }
        Phrase owner = facts.repositoryOwner()
                .map(o -> Phrase.of(PhraseKey.OWNER_HOLDS_NEITHER).actor("owner", o))
                .orElse(facts.repositoryAccount()
                        .map(a -> Phrase.of(PhraseKey.OWNER_ACCOUNT_UNKNOWN_ACTOR).text("account", a))
                        .orElse(Phrase.of(PhraseKey.OWNER_UNKNOWN)));
        Phrase decide = Phrase.of(facts.repositoryOwner().isEmpty() ? PhraseKey.DECIDE_MODEL_OR_OWNER
                : PhraseKey.DECIDE_MODEL);
        if (parts.isEmpty()) {
            return new Reason(Reason.code(ReasonCode.NO_DECISIVE_EVIDENCE).part("owner", owner), decide);
        }
        return new Reason(Reason.code(ReasonCode.LEVERS_FIT_NO_MODEL).several("levers", parts, Arg.Joint.SEMICOLON)
                .part("owner", owner), decide);
    }
}
