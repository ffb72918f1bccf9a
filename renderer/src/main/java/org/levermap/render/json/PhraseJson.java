package org.levermap.render.json;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.levermap.model.Keyword;
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
        return arg == null ? null : arg.accept(JSON);
    }

    /** Each kind of argument as JSON. */
    private static final Arg.Visitor<Object> JSON = new Arg.Visitor<>() {
        @Override
        public Object actor(String id) {
            return Map.of("actor", id);
        }

        @Override
        public Object actors(List<String> ids) {
            return Map.of("actors", ids);
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
            return value.toString();
        }

        @Override
        public Object term(Keyword value) {
            return value.keyword();
        }

        @Override
        public Object part(Phrase value) {
            return of(value);
        }

        @Override
        public Object several(List<Arg> values, Arg.Joint joint) {
            return values.stream().map(PhraseJson::value).toList();
        }
    };
}
