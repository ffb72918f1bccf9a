package org.levermap.model.assess;

import java.util.List;
import java.util.Optional;

/** Coalition: two or more organisations jointly hold the final decisions, the legal entity or the name. */
final class CoalitionRule implements GovernanceModelRule {

    @Override
    public Optional<Verdict> apply(Facts facts) {
        for (Lever lever : List.of(Lever.DECISIONS, Lever.LEGAL_ENTITY, Lever.BRAND)) {
            List<String> organisations = facts.holders(lever).stream().filter(facts::isOrganisation).toList();
            if (organisations.size() >= 2) {
                return Optional.of(Verdict.of(GovernanceModel.COALITION, Reason.code(ReasonCode.ORGANISATIONS_HOLD_JOINTLY)
                        .term("lever", lever).actors("holders", organisations)));
            }
        }
        return Optional.empty();
    }
}
