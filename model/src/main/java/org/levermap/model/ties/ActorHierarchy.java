package org.levermap.model.ties;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.levermap.model.Actor;

/**
 * Who belongs to whom on a given date, from the actors' dated {@code parents} (acquisitions), so
 * that contributions can be counted by organisation and by ultimate parent as of a snapshot date.
 */
public final class ActorHierarchy {

    private final Map<String, Actor> actors;

    /** @param actors every actor of the data repository, by id */
    public ActorHierarchy(Map<String, Actor> actors) {
        this.actors = Map.copyOf(actors);
    }

    /** The actor's parent on {@code date}: the parent whose {@code since..until} covers it. */
    public Optional<String> parentAsOf(String actorId, LocalDate date) {
        Actor actor = actors.get(actorId);
        if (actor == null) {
            return Optional.empty();
        }
        return actor.parents().stream()
                .filter(p -> !p.since().isAfter(date) && (p.until() == null || !p.until().isBefore(date)))
                .map(Actor.Parent::actor)
                .findFirst();
    }

    /** The top of the actor's chain of parents on {@code date}; the actor itself when it has none. */
    public String ultimateParentAsOf(String actorId, LocalDate date) {
        Set<String> seen = new HashSet<>();
        String current = actorId;
        while (seen.add(current)) {
            Optional<String> parent = parentAsOf(current, date);
            if (parent.isEmpty()) {
                return current;
            }
            current = parent.get();
        }
        return current; // a cycle in the data: stop where it closes
    }
}
