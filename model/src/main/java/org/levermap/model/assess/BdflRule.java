package org.levermap.model.assess;

import java.util.List;
import java.util.Optional;
import org.levermap.model.ActorKind;
import org.levermap.model.phrase.Phrase;

/**
 * BDFL: one person alone holds the final decisions; or, with the final decisions undocumented, one
 * person alone holds the name or the admin rights, or owns the repository under a personal account while
 * nobody holds the name or the legal entity.
 */
final class BdflRule implements GovernanceModelRule {

    @Override
    public Optional<Verdict> apply(Facts facts) {
        Optional<String> decider = facts.soleHolder(Lever.DECISIONS).filter(h -> isPerson(facts, h));
        if (decider.isPresent()) {
            return verdict(Reason.code(ReasonCode.PERSON_HOLDS_DECISIONS).actor("person", decider.get()));
        }
        if (!facts.documented(Lever.DECISIONS)) {
            for (Lever lever : List.of(Lever.BRAND, Lever.ADMINS)) {
                Optional<String> person = facts.soleHolder(lever).filter(h -> isPerson(facts, h));
                if (person.isPresent()) {
                    return verdict(Reason.code(ReasonCode.PERSON_HOLDS_NAME_OR_ADMINS)
                            .actor("person", person.get()).term("lever", lever));
                }
            }
            boolean nameOrEntityHeld = facts.documented(Lever.BRAND) || facts.documented(Lever.LEGAL_ENTITY);
            Optional<String> owner = facts.repositoryOwner().filter(h -> isPerson(facts, h));
            if (owner.isPresent() && !nameOrEntityHeld) {
                return verdict(Reason.code(ReasonCode.PERSON_OWNS_REPOSITORY).actor("person", owner.get())
                        .text("account", facts.repositoryAccount().orElseThrow()));
            }
        }
        return Optional.empty();
    }

    private static boolean isPerson(Facts facts, String holder) {
        return facts.kindOf(holder) == ActorKind.PERSON;
    }

    private static Optional<Verdict> verdict(Phrase reason) {
        return Optional.of(Verdict.of(GovernanceModel.BDFL, reason));
    }
}
