package org.levermap.collect.people;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The name each identity of a window (its authors, its mergers) is shown with: the newest name its
 * commits carry, unless that name is borrowed. A name is borrowed when fewer than half of the
 * identity's commits carry it and another identity of the window carries it in more commits:
 * Terraform's commits under {@code radeksimko@users.noreply.github.com} are Radek Simko's but for a
 * few made under the name of Sarah French, who commits under two addresses of her own. A changed name
 * is not borrowed, so it is shown as soon as it is used (no other identity carries it), and
 * {@code .mailmap} settles any other case.
 */
final class ShownNames {

    /** For each identity key, its names in the order first seen (newest first) and the commits of each. */
    private final Map<String, Map<String, Integer>> names = new HashMap<>();

    /** Counts one commit of {@code identity}; commits are counted newest first. */
    void count(Identity identity) {
        names.computeIfAbsent(identity.key(), k -> new LinkedHashMap<>()).merge(identity.name(), 1, Integer::sum);
    }

    /** The names identities are shown with, by key. */
    Map<String, String> shown() {
        Map<String, Integer> carriers = new HashMap<>();
        names.values().forEach(m -> m.forEach((name, commits) -> carriers.merge(name, commits, Math::max)));
        Map<String, String> shown = new HashMap<>();
        names.forEach((key, own) -> shown.put(key, of(own, carriers)));
        return shown;
    }

    private static String of(Map<String, Integer> own, Map<String, Integer> carriers) {
        String newest = own.keySet().iterator().next();
        int commits = own.values().stream().mapToInt(Integer::intValue).sum();
        int carried = own.get(newest);
        if (carried * 2 >= commits || carriers.get(newest) <= carried) {
            return newest;
        }
        String best = null;
        for (Map.Entry<String, Integer> e : own.entrySet()) {
            if (!e.getKey().equals(newest) && (best == null || e.getValue() > own.get(best))) {
                best = e.getKey();
            }
        }
        return best;
    }
}
