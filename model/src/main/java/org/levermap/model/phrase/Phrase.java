package org.levermap.model.phrase;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.levermap.model.Keyword;

/**
 * One statement as structure: its key (an enum constant such as a reason code or a {@link PhraseKey})
 * and its named, typed arguments. An absent argument is an omitted optional part.
 *
 * @param key which statement; its wording is the phrasebook entry {@code SimpleClassName.CONSTANT}
 * @param args the arguments by name, sorted by name
 */
public record Phrase(Enum<?> key, Map<String, Arg> args) {

    public Phrase {
        if (key == null) {
            throw new IllegalArgumentException("a phrase has a key");
        }
        args = Collections.unmodifiableMap(new TreeMap<>(args));
    }

    /** A phrase without arguments (yet). */
    public static Phrase of(Enum<?> key) {
        return new Phrase(key, Map.of());
    }

    /** The phrasebook entry's name: {@code ReasonCode.FORK_RENAMED}. */
    public String entry() {
        return entry(key);
    }

    /** The phrasebook entry's name of any key. */
    public static String entry(Enum<?> key) {
        return key.getDeclaringClass().getSimpleName() + "." + key.name();
    }

    /** This phrase with one more argument; a null argument is left out. */
    public Phrase with(String name, Arg arg) {
        if (arg == null) {
            return this;
        }
        Map<String, Arg> more = new TreeMap<>(args);
        more.put(name, arg);
        return new Phrase(key, more);
    }

    public Phrase actor(String name, String id) {
        return with(name, id == null ? null : new Arg.Actor(id));
    }

    public Phrase actors(String name, Collection<String> ids) {
        return with(name, new Arg.Actors(java.util.List.copyOf(ids)));
    }

    public Phrase text(String name, String value) {
        return with(name, value == null ? null : new Arg.Text(value));
    }

    public Phrase count(String name, long value) {
        return with(name, new Arg.Count(value));
    }

    public Phrase share(String name, double value) {
        return with(name, new Arg.Share(value));
    }

    public Phrase day(String name, LocalDate value) {
        return with(name, value == null ? null : new Arg.Day(value));
    }

    public Phrase term(String name, Keyword value) {
        return with(name, value == null ? null : new Arg.Term(value));
    }

    public Phrase several(String name, java.util.List<Arg> values, Arg.Joint joint) {
        return with(name, new Arg.Several(values, joint));
    }

    public Phrase part(String name, Phrase value) {
        return with(name, value == null ? null : new Arg.Part(value));
    }
}
