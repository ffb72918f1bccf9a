package org.levermap.model.assess;

import java.util.List;
import java.util.Optional;
import org.levermap.model.ActorKind;
import org.levermap.model.Concentration;
import org.levermap.model.CuratedFact;
import org.levermap.model.DocumentKind;
import org.levermap.model.phrase.Phrase;

/**
 * Community: a community body holds the final decisions; or the final decisions are documented as a
 * body (a value, not an actor) and no single actor alone holds the name or the admin rights; or, with the
 * final decisions undocumented, a governance document exists and no organisation makes more than half
 * of the commits; or, with the final decisions undocumented, a community body owns the repository (the
 * rules before this one found no company holding the entity, the name or the decisions).
 */
final class CommunityRule implements GovernanceModelRule {

    @Override
    public Optional<Verdict> apply(Facts facts) {
        for (String holder : facts.holders(Lever.DECISIONS)) {
            if (facts.kindOf(holder) == ActorKind.COMMUNITY) {
                return verdict(Reason.code(ReasonCode.COMMUNITY_BODY_DECIDES).actor("holder", holder));
            }
        }
        List<CuratedFact> decisions = facts.facts(Lever.DECISIONS);
        if (!decisions.isEmpty() && decisions.stream().allMatch(f -> f.holder() == null)
                && facts.soleHolder(Lever.BRAND).isEmpty() && facts.soleHolder(Lever.ADMINS).isEmpty()) {
            return verdict(Reason.code(ReasonCode.DECISIONS_REST_WITH_A_BODY)
                    .text("body", decisions.get(0).value()));
        }
        Optional<String> owner = facts.repositoryOwner().filter(o -> facts.kindOf(o) == ActorKind.COMMUNITY);
        if (owner.isPresent() && decisions.isEmpty()) {
            return verdict(Reason.code(ReasonCode.COMMUNITY_BODY_HOLDS_REPOSITORY)
                    .actor("owner", owner.get()).text("account", facts.repositoryAccount().orElseThrow()));
        }
        Concentration concentration = facts.concentration();
        if (decisions.isEmpty() && facts.hasDocument(DocumentKind.GOVERNANCE) && concentration != null
                && !concentration.organisations().isEmpty()
                && Concentrations.topOrganisationShare(concentration) <= Facts.MAJORITY) {
            return verdict(Reason.code(ReasonCode.GOVERNANCE_DOCUMENT_AND_NO_MAJORITY)
                    .share("largest", Concentrations.topOrganisationShare(concentration)));
        }
        return Optional.empty();
    }

    private static Optional<Verdict> verdict(Phrase reason) {
        return Optional.of(Verdict.of(GovernanceModel.COMMUNITY, reason));
    }
}
