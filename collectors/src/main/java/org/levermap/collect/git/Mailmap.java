package org.levermap.collect.git;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code .mailmap}, read and applied as git's {@code mailmap.c} does: e-mail addresses and names
 * are matched without regard to case; an entry naming only the commit e-mail maps every name used
 * with it, an entry naming a commit name too maps that name only, falling back to the e-mail's
 * plain entry.
 */
public final class Mailmap {

    /** A mailmap with no entries. */
    public static final Mailmap EMPTY = new Mailmap(Map.of());

    private final Map<String, Entry> byEmail;

    private Mailmap(Map<String, Entry> byEmail) {
        this.byEmail = byEmail;
    }

    /** What an entry maps to: a proper name, a proper e-mail, or both (null when not given). */
    private record Target(String name, String email) {
    }

    /** The mappings for one commit e-mail: a plain one and, by lower-cased commit name, specific ones. */
    private static final class Entry {
        Target plain = new Target(null, null);
        final Map<String, Target> byName = new HashMap<>();
    }

    /**
     * A name and e-mail after mapping.
     *
     * @param name the name
     * @param email the e-mail
     */
    public record Ident(String name, String email) {
    }

    /** Parses the text of a {@code .mailmap} file; lines it cannot read are skipped, as git does. */
    public static Mailmap parse(String text) {
        Map<String, Entry> map = new HashMap<>();
        for (String line : text.split("\r?\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] first = nameAndEmail(line);
            if (first == null) {
                continue;
            }
            String[] second = nameAndEmail(first[2]);
            String newName = first[0];
            String newEmail = first[1];
            String oldName = second == null ? null : second[0];
            String oldEmail = second == null ? null : second[1];
            if (oldEmail == null) {
                oldEmail = newEmail;
                newEmail = null;
            }
            Entry entry = map.computeIfAbsent(oldEmail.toLowerCase(Locale.ROOT), k -> new Entry());
            if (oldName == null) {
                entry.plain = new Target(newName != null ? newName : entry.plain.name(),
                        newEmail != null ? newEmail : entry.plain.email());
            } else {
                entry.byName.put(oldName.toLowerCase(Locale.ROOT), new Target(newName, newEmail));
            }
        }
        return map.isEmpty() ? EMPTY : new Mailmap(map);
    }

    /** {name or null, email, rest of the line} of the first {@code Name <email>}, or null. */
    private static String[] nameAndEmail(String s) {
        int left = s.indexOf('<');
        if (left < 0) {
            return null;
        }
        int right = s.indexOf('>', left + 1);
        if (right < 0) {
            return null;
        }
        String name = s.substring(0, left).strip();
        return new String[] {name.isEmpty() ? null : name, s.substring(left + 1, right), s.substring(right + 1)};
    }

    /** Maps a commit's name and e-mail. */
    public Ident map(String name, String email) {
        Entry entry = byEmail.get(email.toLowerCase(Locale.ROOT));
        if (entry == null) {
            return new Ident(name, email);
        }
        Target target = entry.byName.getOrDefault(name.toLowerCase(Locale.ROOT), entry.plain);
        return new Ident(target.name() != null ? target.name() : name, target.email() != null ? target.email() : email);
    }

    /** Whether this mailmap has no entries. */
    public boolean isEmpty() {
        return byEmail.isEmpty();
    }
}
