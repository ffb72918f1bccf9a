package org.levermap.model.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.levermap.model.Keyword;
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
        return arg.accept(PLAIN);
    }

    /** Each kind of argument as a plain value. */
    private static final Arg.Visitor<Object> PLAIN = new Arg.Visitor<>() {
        @Override
        public Object actor(String id) {
            return id;
        }

        @Override
        public Object actors(List<String> ids) {
            return ids;
        }

        @Override
        public Object text(String value) {
            return value;
        }

        @Override
        public Object count(long value) {
            return value;
        }

        @Override
        public Object share(double value) {
            return value;
        }

        @Override
        public Object day(LocalDate value) {
            return value;
        }

        @Override
        public Object term(Keyword value) {
            return value;
        }

        @Override
        public Object part(Phrase value) {
            return value;
        }

        @Override
        public Object several(List<Arg> values, Arg.Joint joint) {
            return values.stream().map(Phrases::plain).toList();
        }
    };
}
