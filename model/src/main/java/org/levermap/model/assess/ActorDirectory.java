package org.levermap.model.assess;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.levermap.model.Actor;
import org.levermap.model.ActorKind;

/**
 * The actors of a data repository, with the one question the rules ask of them: which top-level
 * group an actor belonged to on a day. A subsidiary's levers count as its parent's, because control
 * follows ownership (an acquisition moves every lever the acquired company held).
 */
public final class ActorDirectory {

    private final Map<String, Actor> actors;

    /** @param actors by id */
    public ActorDirectory(Map<String, Actor> actors) {
        this.actors = Map.copyOf(actors);
    }

    /** The actor, or null when the id is unknown. */
    public Actor get(String id) {
        return actors.get(id);
    }

    /** Every actor, in no particular order (matching collected account names, issue 12). */
    public java.util.Collection<Actor> all() {
        return actors.values();
    }

    /** The actor's kind, or null when unknown. */
    public ActorKind kind(String id) {
        Actor a = actors.get(id);
        return a == null ? null : a.kind();
    }

    /** The display name, the id itself when the actor is unknown. */
    public String name(String id) {
        Actor a = actors.get(id);
        return a == null ? id : a.name();
    }

    /**
     * The top-level group {@code id} belonged to on {@code date}: its parent on that day, that parent's
     * parent, and so on. With no date, the parents that still hold are followed.
     */
    public String group(String id, LocalDate date) {
        String current = id;
        Set<String> seen = new HashSet<>();
        while (seen.add(current)) {
            String parent = parentOn(current, date);
            if (parent == null) {
                return current;
            }
            current = parent;
        }
        return current;
    }

    /**
     * The actor {@code id} belonged to directly on {@code date} (the newest parent relation covering
     * it), or null; with no date, the parent that still holds.
     */
    public String parentOn(String id, LocalDate date) {
        Actor actor = actors.get(id);
        if (actor == null) {
            return null;
        }
        Actor.Parent best = null;
        for (Actor.Parent p : actor.parents()) {
            boolean started = date == null || !p.since().isAfter(date);
            boolean lasting = p.until() == null || (date != null && !p.until().isBefore(date));
            if (started && lasting && (best == null || p.since().isAfter(best.since()))) {
                best = p;
            }
        }
        return best == null ? null : best.actor();
    }
}
