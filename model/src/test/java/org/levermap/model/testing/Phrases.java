package org.levermap.model.testing;

import java.util.ArrayList;
import java.util.List;
import org.levermap.model.phrase.Arg;
import org.levermap.model.phrase.Phrase;

/** Reads a model statement's arguments in tests, which assert keys and arguments, never wording. */
public final class Phrases {

    private Phrases() {
    }

    /**
     * The argument {@code name} as a plain value: an actor's id, the ids of several actors, a text, a
     * count, a share, a day, an enum value, a nested phrase, or a list of these; null when absent.
     */
    public static Object arg(Phrase phrase, String name) {
        Arg arg = phrase.args().get(name);
        return arg == null ? null : plain(arg);
    }

    /** The nested phrase {@code name}. */
    public static Phrase part(Phrase phrase, String name) {
        return (Phrase) arg(phrase, name);
    }

    /** Every actor id and text the phrase names, nested ones included. */
    public static List<Object> values(Phrase phrase) {
        List<Object> all = new ArrayList<>();
        phrase.args().values().forEach(a -> collect(a, all));
        return all;
    }

    private static void collect(Arg arg, List<Object> all) {
        if (arg instanceof Arg.Part p) {
            all.addAll(values(p.value()));
        } else if (arg instanceof Arg.Several s) {
            s.values().forEach(v -> collect(v, all));
        } else if (arg instanceof Arg.Actors a) {
            all.addAll(a.ids());
        } else {
            all.add(plain(arg));
        }
    }

    private static Object plain(Arg arg) {
        if (arg instanceof Arg.Actor a) {
            return a.id();
        } else if (arg instanceof Arg.Actors a) {
            return a.ids();
        } else if (arg instanceof Arg.Text t) {
            return t.value();
        } else if (arg instanceof Arg.Count c) {
            return c.value();
        } else if (arg instanceof Arg.Share s) {
            return s.value();
        } else if (arg instanceof Arg.Day d) {
            return d.value();
        } else if (arg instanceof Arg.Term t) {
            return t.value();
        } else if (arg instanceof Arg.Part p) {
            return p.value();
        }
        return ((Arg.Several) arg).values().stream().map(Phrases::plain).toList();
    }
}
