package org.levermap.model.assess;

import java.util.List;
import java.util.Optional;
import org.levermap.model.ActorKind;
import org.levermap.model.Concentration;
import org.levermap.model.CuratedFact;
import org.levermap.model.DocumentKind;

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
                return verdict(ReasonCode.COMMUNITY_BODY_DECIDES, "The final decisions are held by " + facts.actors.name(holder) + " (a community body).");
            }
        }
        List<CuratedFact> decisions = facts.facts(Lever.DECISIONS);
        if (!decisions.isEmpty() && decisions.stream().allMatch(f -> f.holder() == null)
                && facts.soleHolder(Lever.BRAND).isEmpty() && facts.soleHolder(Lever.ADMINS).isEmpty()) {
            return verdict(ReasonCode.DECISIONS_REST_WITH_A_BODY, "The final decisions rest with " + decisions.get(0).value()
                    + ", and no single actor holds the name or the admin rights.");
        }
        Optional<String> owner = facts.repositoryOwner().filter(o -> facts.kindOf(o) == ActorKind.COMMUNITY);
        if (owner.isPresent() && decisions.isEmpty()) {
            return verdict(ReasonCode.COMMUNITY_BODY_HOLDS_REPOSITORY, facts.actors.name(owner.get()) + " (a community"
                    + " body) owns the repository (" + facts.repositoryAccount().orElseThrow() + "), and no company"
                    + " holds the legal entity, the name or the final decisions.");
        }
        Concentration concentration = facts.concentration();
        if (decisions.isEmpty() && facts.hasDocument(DocumentKind.GOVERNANCE) && concentration != null
                && !concentration.organisations().isEmpty()
                && Concentrations.topOrganisationShare(concentration) <= Facts.MAJORITY) {
            return verdict(ReasonCode.GOVERNANCE_DOCUMENT_AND_NO_MAJORITY, "A governance document exists and no organisation makes more than half of the commits"
                    + " (the largest makes " + Concentrations.percent(Concentrations.topOrganisationShare(concentration))
                    + ").");
        }
        return Optional.empty();
    }

    private static Optional<Verdict> verdict(ReasonCode code, String reason) {
        return Optional.of(Verdict.of(GovernanceModel.COMMUNITY, code, reason));
    }
}
