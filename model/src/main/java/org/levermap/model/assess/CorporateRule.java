package org.levermap.model.assess;

import java.util.List;
import java.util.Optional;
import org.levermap.model.ActorKind;
import org.levermap.model.Concentration;

/**
 * Corporate-led: one company alone holds the final decisions, the legal entity or the name; or, with
 * none of the three documented, one company makes more than half of the commits.
 */
final class CorporateRule implements GovernanceModelRule {

    private static final List<Lever> DECISIVE = List.of(Lever.DECISIONS, Lever.LEGAL_ENTITY, Lever.BRAND);

    @Override
    public Optional<Verdict> apply(Facts facts) {
        for (Lever lever : DECISIVE) {
            Optional<String> company = facts.soleHolder(lever).filter(h -> facts.kindOf(h) == ActorKind.COMPANY);
            if (company.isPresent()) {
                return Optional.of(new Verdict(GovernanceModel.CORPORATE_LED, List.of(
                        facts.actors.name(company.get()) + " (a company) alone holds the " + Names.lower(lever) + ".")));
            }
        }
        if (DECISIVE.stream().noneMatch(facts::documented)) {
            Optional<Concentration.Organisation> top = facts.topOrganisation();
            if (top.isPresent() && top.get().share() > Facts.MAJORITY && top.get().actor() != null
                    && facts.kindOf(facts.actors.group(top.get().actor(), facts.date)) == ActorKind.COMPANY) {
                String company = facts.actors.group(top.get().actor(), facts.date);
                return Optional.of(new Verdict(GovernanceModel.CORPORATE_LED, List.of(facts.actors.name(company)
                        + " (a company) makes " + Concentrations.percent(top.get().share()) + " of the commits, and no other"
                        + " holder of the legal entity, the name or the final decisions is documented.")));
            }
        }
        return Optional.empty();
    }

}
