package org.levermap.model.assess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.levermap.model.Concentration;

/**
 * The steward is the actor holding the most curated levers on the day, counting a subsidiary as its
 * parent. A tie goes to the actor holding the weightier lever (legal entity, then name, final
 * decisions, admin rights, and so on in {@link Lever} order), then to the smaller id. With no lever
 * holder documented, the steward is the organisation making more than half of the commits, if any.
 */
final class StewardRule {

    Optional<Steward> apply(Facts facts) {
        Map<String, List<Lever>> held = new TreeMap<>();
        for (Lever lever : Lever.values()) {
            for (String holder : facts.holders(lever)) {
                held.computeIfAbsent(holder, h -> new ArrayList<>()).add(lever);
            }
        }
        Optional<Map.Entry<String, List<Lever>>> best = held.entrySet().stream().min(
                Comparator.<Map.Entry<String, List<Lever>>>comparingInt(e -> -e.getValue().size())
                        .thenComparingInt(e -> e.getValue().get(0).ordinal())
                        .thenComparing(Map.Entry::getKey));
        if (best.isPresent()) {
            String actor = best.get().getKey();
            List<Lever> levers = best.get().getValue();
            return Optional.of(new Steward(actor, levers, facts.actors.name(actor) + " holds " + levers.size()
                    + " of the documented levers: " + String.join(", ", levers.stream().map(Names::lower).toList())
                    + "."));
        }
        Optional<Concentration.Organisation> top = facts.topOrganisation();
        if (top.isPresent() && top.get().actor() != null && top.get().share() > Facts.MAJORITY) {
            String actor = facts.actors.group(top.get().actor(), facts.date);
            return Optional.of(new Steward(actor, List.of(), "No lever holder is documented; "
                    + facts.actors.name(actor) + " makes " + Concentrations.percent(top.get().share())
                    + " of the commits."));
        }
        return Optional.empty();
    }
}
