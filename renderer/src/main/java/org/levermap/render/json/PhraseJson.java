package org.levermap.render.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.levermap.model.phrase.Arg;
import org.levermap.model.phrase.Phrase;

/**
 * A model statement for API users: its stable key and its typed arguments, so a client can match on
 * codes and ids rather than on sentences. An actor is {@code {"actor": id}}, several actors
 * {@code {"actors": [ids]}}, a share a number between 0 and 1, a term its keyword, a clause a nested
 * statement, a list a JSON array.
 */
final class PhraseJson {

    private PhraseJson() {
    }

    /** {@code {"key": "ReasonCode.FORK_RENAMED", "args": {...}}}, or null. */
    static Map<String, Object> of(Phrase phrase) {
        if (phrase == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", phrase.entry());
        Map<String, Object> args = new LinkedHashMap<>();
        phrase.args().forEach((name, arg) -> args.put(name, value(arg)));
        m.put("args", args);
        return m;
    }

    static List<Map<String, Object>> of(List<Phrase> phrases) {
        return phrases.stream().map(PhraseJson::of).toList();
    }

    /** One argument for API users (see the class comment); null stays null. */
    static Object value(Arg arg) {
        if (arg == null) {
            return null;
        } else if (arg instanceof Arg.Actor a) {
            return Map.of("actor", a.id());
        } else if (arg instanceof Arg.Actors a) {
            return Map.of("actors", a.ids());
        } else if (arg instanceof Arg.Text t) {
            return t.value();
        } else if (arg instanceof Arg.Count c) {
            return c.value();
        } else if (arg instanceof Arg.Share s) {
            return s.value();
        } else if (arg instanceof Arg.Day d) {
            return d.value().toString();
        } else if (arg instanceof Arg.Term t) {
            return t.value().keyword();
        } else if (arg instanceof Arg.Part p) {
            return of(p.value());
        } else if (arg instanceof Arg.Several s) {
            return s.values().stream().map(PhraseJson::value).toList();
        }
        throw new IllegalArgumentException("no JSON for " + arg);
    }
}
