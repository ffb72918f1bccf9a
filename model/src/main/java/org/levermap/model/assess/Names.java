package org.levermap.model.assess;

import java.util.Collection;
import java.util.List;

/** Lists of actor names in sentences: "A", "A and B", "A, B and C". */
final class Names {

    private Names() {
    }

    static String join(Collection<String> ids, ActorDirectory actors) {
        List<String> names = ids.stream().map(actors::name).toList();
        if (names.isEmpty()) {
            return "nobody";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    static String kindOf(String id, ActorDirectory actors) {
        var kind = actors.kind(id);
        return kind == null ? "an actor" : switch (kind) {
            case COMPANY -> "a company";
            case FOUNDATION -> "a foundation";
            case NONPROFIT -> "a non-profit";
            case ACADEMIC -> "an academic institution";
            case GOVERNMENT -> "a government body";
            case PERSON -> "a person";
            case COMMUNITY -> "a community body";
            case BOT -> "an automation account";
        };
    }

    /** "Legal entity" → "legal entity", for use inside a sentence. */
    static String lower(Lever lever) {
        return lever.label().substring(0, 1).toLowerCase(java.util.Locale.ROOT) + lever.label().substring(1);
    }
}
