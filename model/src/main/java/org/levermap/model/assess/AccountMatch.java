package org.levermap.model.assess;

import java.util.Locale;
import java.util.Optional;
import org.levermap.model.Actor;

/**
 * Which actor a platform account is: an account name (a GitHub organisation, a hub owner) names an
 * actor when it equals the actor's id, name or one of its aliases, ignoring case. No fuzzier match:
 * naming the wrong holder is worse than naming none.
 */
final class AccountMatch {

    private AccountMatch() {
    }

    /** The actor one of {@code names} names, if exactly one actor matches. */
    static Optional<String> actor(ActorDirectory actors, String... names) {
        String found = null;
        for (Actor actor : actors.all()) {
            if (matches(actor, names)) {
                if (found != null && !found.equals(actor.id())) {
                    return Optional.empty();
                }
                found = actor.id();
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean matches(Actor actor, String... names) {
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String n = name.trim().toLowerCase(Locale.ROOT);
            if (actor.id().equals(n) || actor.name().toLowerCase(Locale.ROOT).equals(n)
                    || actor.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(n))) {
                return true;
            }
        }
        return false;
    }
}
