package org.levermap.model.assess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.levermap.model.Concentration;
import org.levermap.model.phrase.Arg;
import org.levermap.model.phrase.Phrase;

/**
 * The steward holds the control levers: it is the actor holding the most of the name, the legal entity,
 * the final decisions, the admin rights, the right to change the license, merging, release signing, the
 * domain and the repository itself (its owner), counting a subsidiary as its parent. A tie goes to the
 * actor holding the weightier lever ({@link Lever} order, the repository counting after the admin
 * rights), then to the smaller id. With no control lever known, the steward is the organisation making
 * more than half of the commits; failing that, the one funder or provider of infrastructure or compute,
 * when only one is known. A funder is otherwise never the steward: paying is not controlling.
 */
final class StewardRule {

    /** The levers that give control; funding, infrastructure and compute give none. */
    static final Set<Lever> CONTROL = EnumSet.complementOf(EnumSet.of(Lever.FUNDING, Lever.INFRASTRUCTURE,
            Lever.COMPUTE));

    /** Where the repository ranks among the levers when breaking ties: just after the admin rights. */
    private static final int REPOSITORY_WEIGHT = Lever.ADMINS.ordinal();

    Optional<Steward> apply(Facts facts) {
        Map<String, List<Lever>> held = new TreeMap<>();
        for (Lever lever : Lever.values()) {
            if (CONTROL.contains(lever)) {
                for (String holder : facts.holders(lever)) {
                    held.computeIfAbsent(holder, h -> new ArrayList<>()).add(lever);
                }
            }
        }
        Optional<String> owner = facts.repositoryOwner();
        owner.ifPresent(o -> held.computeIfAbsent(o, h -> new ArrayList<>()));
        Optional<String> best = held.keySet().stream().min(Comparator
                .<String>comparingInt(a -> -(held.get(a).size() + (owner.filter(a::equals).isPresent() ? 1 : 0)))
                .thenComparingDouble(a -> weight(held.get(a), owner.filter(a::equals).isPresent()))
                .thenComparing(Comparator.naturalOrder()));
        if (best.isPresent()) {
            return Optional.of(controlling(facts, best.get(), held.get(best.get()), owner.filter(best.get()::equals)
                    .isPresent()));
        }
        Optional<Concentration.Organisation> top = facts.topOrganisation();
        if (top.isPresent() && top.get().actor() != null && top.get().share() > Facts.MAJORITY) {
            String actor = facts.actors.group(top.get().actor(), facts.date);
            return Optional.of(new Steward(actor, List.of(), false, Reason.code(ReasonCode.MAKES_MOST_COMMITS)
                    .actor("steward", actor).share("share", top.get().share())));
        }
        Set<String> funders = new TreeSet<>();
        for (Lever lever : EnumSet.complementOf(EnumSet.copyOf(CONTROL))) {
            funders.addAll(facts.holders(lever));
        }
        if (funders.size() == 1) {
            String funder = funders.iterator().next();
            return Optional.of(new Steward(funder, List.of(), false, Reason.code(ReasonCode.ONLY_FUNDER_KNOWN)
                    .actor("steward", funder)));
        }
        return Optional.empty();
    }

    private static double weight(List<Lever> levers, boolean ownsRepository) {
        double lever = levers.isEmpty() ? Double.MAX_VALUE : levers.get(0).ordinal();
        return ownsRepository ? Math.min(lever, REPOSITORY_WEIGHT + 0.5) : lever;
    }

    private static Steward controlling(Facts facts, String actor, List<Lever> levers, boolean ownsRepository) {
        List<Arg> what = new ArrayList<>(levers.stream().<Arg>map(l -> new Arg.Part(Phrase.of(facts.collected(l)
                ? PhraseKey.STEWARD_LEVER_COLLECTED : PhraseKey.STEWARD_LEVER).term("lever", l))).toList());
        if (ownsRepository) {
            what.add(new Arg.Part(Phrase.of(PhraseKey.STEWARD_REPOSITORY)
                    .text("account", facts.repositoryAccount().orElseThrow())));
        }
        ReasonCode code = levers.isEmpty() ? ReasonCode.OWNS_THE_REPOSITORY : ReasonCode.HOLDS_MOST_CONTROL_LEVERS;
        return new Steward(actor, levers, ownsRepository, Reason.code(code).actor("steward", actor)
                .count("count", what.size()).several("levers", what, Arg.Joint.COMMA));
    }
}
