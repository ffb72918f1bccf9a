package org.levermap.model.repo;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value and key of a YAML document stands, by JSON Pointer, so that problems found
 * after binding (a dangling reference, a share above 1) are reported at their line and column. It is
 * built only for a file that has such problems, from text {@link StrictParser} has already found
 * well-formed.
 */
final class SourceMap {

    private final Map<String, Location> values = new HashMap<>();
    private final Map<String, Location> keys = new HashMap<>();

    private SourceMap() {
    }

    /** Reads {@code text} once, recording where each key and value starts; the first occurrence wins. */
    static SourceMap build(YAMLFactory factory, String text) {
        SourceMap map = new SourceMap();
        try (JsonParser p = factory.createParser(text)) {
            for (JsonToken token = p.nextToken(); token != null; token = p.nextToken()) {
                Map<String, Location> into = token == JsonToken.FIELD_NAME ? map.keys
                        : token.isStructEnd() ? null : map.values;
                if (into != null) {
                    into.putIfAbsent(p.getParsingContext().pathAsPointer().toString(),
                            location(p.currentTokenLocation()));
                }
            }
        } catch (IOException e) {
            // Unreachable for text StrictParser accepted; what was recorded still locates most findings.
        }
        return map;
    }

    /** The location of the value at {@code pointer}, or of its nearest located ancestor. */
    Location value(String pointer) {
        for (JsonPointer p = JsonPointer.compile(pointer); p != null; p = p.head()) {
            Location l = values.get(p.toString());
            if (l != null) {
                return l;
            }
            l = keys.get(p.toString());
            if (l != null) {
                return l;
            }
        }
        return Location.START;
    }

    /** The location of the key naming {@code pointer}, or of its value when it has no key. */
    Location key(String pointer) {
        Location l = keys.get(pointer);
        return l != null ? l : value(pointer);
    }

    /**
     * The pointer of key {@code name} in the mapping at {@code near} or one of its ancestors.
     * Jackson replays buffered tokens with a context that may sit deeper than the key, so the
     * nearest enclosing mapping that has the key is taken.
     */
    String keyPointer(String near, String name) {
        for (JsonPointer p = JsonPointer.compile(near); p != null; p = p.head()) {
            String candidate = p.appendProperty(name).toString();
            if (keys.containsKey(candidate)) {
                return candidate;
            }
        }
        return near;
    }

    private static Location location(JsonLocation l) {
        return l == null ? Location.START : new Location(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }

    static Problem at(String file, JsonLocation l, String message) {
        Location where = location(l);
        return new Problem(file, where.line(), where.column(), message);
    }
}
