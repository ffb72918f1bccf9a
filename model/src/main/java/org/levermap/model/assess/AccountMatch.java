package org.levermap.model.assess;

import java.util.Optional;

/**
 * Which actor a platform account is, by {@link RepositoryOwner}'s rule (the actor whose id or alias is
 * the account's name, ignoring case and punctuation), trying each name a platform gives in turn (the
 * login, then a display name). No fuzzier match: naming the wrong holder is worse than naming none.
 */
final class AccountMatch {

    private AccountMatch() {
    }

    /** The actor the first matching name names. */
    static Optional<String> actor(ActorDirectory actors, String... names) {
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                Optional<String> actor = RepositoryOwner.actor(name, actors);
                if (actor.isPresent()) {
                    return actor;
                }
            }
        }
        return Optional.empty();
    }
}
