package org.levermap.model.repo;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each value and key of a YAML document stands, by JSON Pointer, so that problems found
 * after binding (a dangling reference, a share above 1) are reported at their line and column.
 * Building it is also where the document's structure is checked: syntax, anchors and aliases,
 * duplicate keys, a single document with a mapping at the top.
 */
final class SourceMap {

    private final Map<String, Location> values = new HashMap<>();
    private final Map<String, Location> keys = new HashMap<>();

    private SourceMap() {
    }

    /**
     * Reads {@code text} once, recording locations and adding structural problems to {@code problems}.
     *
     * @return the map, or null when the document cannot be bound at all
     */
    static SourceMap build(YAMLFactory factory, String text, String file, List<Problem> problems) {
        SourceMap map = new SourceMap();
        Deque<Map<String, Location>> keysInScope = new ArrayDeque<>();
        try (JsonParser p = factory.createParser(text)) {
            YAMLParser yaml = (YAMLParser) p;
            JsonToken token = p.nextToken();
            if (token == null) {
                problems.add(new Problem(file, 1, 1, "the file is empty: expected a mapping of keys"));
                return null;
            }
            if (token != JsonToken.START_OBJECT) {
                problems.add(at(file, p.currentTokenLocation(), "expected a mapping of keys at the top level, found "
                        + Tokens.describe(p)));
                return null;
            }
            int depth = 0;
            for (; token != null; token = p.nextToken()) {
                Location here = location(p.currentTokenLocation());
                if (yaml.isCurrentAlias() || yaml.getObjectId() != null) {
                    problems.add(new Problem(file, here.line(), here.column(),
                            "YAML anchors and aliases (&name, *name) are not allowed in levermap files:"
                                    + " write the value out"));
                    return null;
                }
                JsonStreamContext context = p.getParsingContext();
                if (depth == 0 && token != JsonToken.START_OBJECT || depth == 0 && map.values.containsKey("")) {
                    problems.add(new Problem(file, here.line(), here.column(),
                            "a levermap file holds one YAML document; remove the '---' and what follows"));
                    return null;
                }
                switch (token) {
                    case FIELD_NAME -> {
                        String name = p.currentName();
                        Location first = keysInScope.peek().putIfAbsent(name, here);
                        if (first != null) {
                            problems.add(new Problem(file, here.line(), here.column(), "duplicate key '" + name
                                    + "' (first at line " + first.line() + ")"));
                        }
                        map.keys.putIfAbsent(pointer(context), here);
                    }
                    case START_OBJECT, START_ARRAY -> {
                        depth++;
                        map.values.putIfAbsent(pointer(context), here);
                        if (token == JsonToken.START_OBJECT) {
                            keysInScope.push(new HashMap<>());
                        }
                    }
                    case END_OBJECT -> {
                        depth--;
                        keysInScope.pop();
                    }
                    case END_ARRAY -> depth--;
                    default -> map.values.putIfAbsent(pointer(context), here);
                }
            }
            return map;
        } catch (JsonProcessingException e) {
            Problem syntax = Tokens.syntaxError(file, e);
            problems.add(syntax != null ? syntax : at(file, e.getLocation(), Tokens.firstLine(e.getOriginalMessage())));
            return null;
        } catch (IOException e) {
            problems.add(Problem.ofFile(file, "cannot be read: " + e.getMessage()));
            return null;
        }
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

    private static String pointer(JsonStreamContext context) {
        return context.pathAsPointer().toString();
    }

    private static Location location(JsonLocation l) {
        return l == null ? Location.START : new Location(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }

    static Problem at(String file, JsonLocation l, String message) {
        Location where = location(l);
        return new Problem(file, where.line(), where.column(), message);
    }
}
