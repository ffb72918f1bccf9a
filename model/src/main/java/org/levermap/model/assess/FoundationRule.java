package org.levermap.model.assess;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.levermap.model.ActorKind;

/** Foundation: the legal entity or the name is held by a foundation or a non-profit. */
final class FoundationRule implements GovernanceModelRule {

    @Override
    public Optional<Verdict> apply(Facts facts) {
        List<Reason> reasons = new ArrayList<>();
        for (Lever lever : List.of(Lever.LEGAL_ENTITY, Lever.BRAND)) {
            for (String holder : facts.holders(lever)) {
                ActorKind kind = facts.kindOf(holder);
                if (kind == ActorKind.FOUNDATION || kind == ActorKind.NONPROFIT) {
                    reasons.add(Reason.of(Reason.code(ReasonCode.FOUNDATION_HOLDS_ENTITY_OR_NAME)
                            .term("lever", lever).actor("holder", holder)));
                }
            }
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(new Verdict(GovernanceModel.FOUNDATION, reasons));
    }
}
