package org.levermap.model.affiliation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which identities of one window are one person: those of one person actor; else those with the same
 * name, one person committing from two addresses (as {@code git shortlog} groups authors: terraform's
 * James Bardin, 489 and 10 commits in the year to 2021-05-31, is one author, not two); else the identity
 * alone. An identity with no actor whose name is that of exactly one person actor's identity in the
 * window is that person. The domain rule counts people this way, and the tally adds up their commits.
 */
final class SamePerson {

    /** Names of the window's person actors' identities, to the actor; null when two actors share one. */
    private final Map<String, String> actors = new HashMap<>();

    /** Learns that an identity named {@code name} is person actor {@code person} (call for each, before {@link #key}). */
    void learn(String person, String name) {
        String n = normal(name);
        if (person == null || n.isEmpty()) {
            return;
        }
        if (actors.containsKey(n) && !person.equals(actors.get(n))) {
            actors.put(n, null); // two people of one name: the name alone decides nothing
        } else {
            actors.put(n, person);
        }
    }

    /** The person an identity is: equal keys are one person. */
    String key(String person, String name, String identity) {
        if (person != null) {
            return "actor:" + person;
        }
        String n = normal(name);
        if (n.isEmpty()) {
            return "id:" + identity;
        }
        String actor = actors.get(n);
        return actor != null ? "actor:" + actor : actors.containsKey(n) ? "id:" + identity : "name:" + n;
    }

    /** Lower-cased, its spaces made one; empty for no name. */
    private static String normal(String name) {
        return name == null ? "" : String.join(" ", name.strip().toLowerCase(Locale.ROOT).split("\\s+")).strip();
    }
}
