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
 * of the commits.
 */
final class CommunityRule implements GovernanceModelRule {

    @Override
    public Optional<Verdict> apply(Facts facts) {
        for (String holder : facts.holders(Lever.DECISIONS)) {
            if (facts.kindOf(holder) == ActorKind.COMMUNITY) {
                return verdict("The final decisions are held by " + facts.actors.name(holder) + " (a community body).");
            }
        }
        List<CuratedFact> decisions = facts.facts(Lever.DECISIONS);
        if (!decisions.isEmpty() && decisions.stream().allMatch(f -> f.holder() == null)
                && facts.soleHolder(Lever.BRAND).isEmpty() && facts.soleHolder(Lever.ADMINS).isEmpty()) {
            return verdict("The final decisions rest with " + decisions.get(0).value()
                    + ", and no single actor holds the name or the admin rights.");
        }
        Concentration concentration = facts.concentration();
        if (decisions.isEmpty() && facts.hasDocument(DocumentKind.GOVERNANCE) && concentration != null
                && !concentration.organisations().isEmpty()
                && Concentrations.topOrganisationShare(concentration) <= Facts.MAJORITY) {
            return verdict("A governance document exists and no organisation makes more than half of the commits"
                    + " (the largest makes " + Concentrations.percent(Concentrations.topOrganisationShare(concentration))
                    + ").");
        }
        return Optional.empty();
    }

    private static Optional<Verdict> verdict(String reason) {
        return Optional.of(new Verdict(GovernanceModel.COMMUNITY, List.of(reason)));
    }
}
