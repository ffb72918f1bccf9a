package org.levermap.model.repo;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.levermap.model.Count;
import org.levermap.model.Id;
import org.levermap.model.Ids;
import org.levermap.model.Required;
import org.levermap.model.Share;
import org.levermap.model.Source;
import org.levermap.model.Sources;

/**
 * Checks a bound record against the constraints its components declare ({@link Required},
 * {@link Id}, {@link Share}, {@link Count}, {@link Source}) — the same annotations the JSON Schema
 * is generated from — and then against the rules of {@link RecordRules}.
 */
final class RecordChecks {

    private static final PropertyNamingStrategies.NamingBase NAMES =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    /** Known ids by kind; null when references are not to be resolved (a file read on its own). */
    private final Function<Id.Kind, Set<String>> known;
    /** Pointers of values whose reading failed: they are absent because they were wrong, not missing. */
    private final Set<String> reported;
    private final List<Finding> findings;

    private RecordChecks(Function<Id.Kind, Set<String>> known, Set<String> reported, List<Finding> findings) {
        this.known = known;
        this.reported = reported;
        this.findings = findings;
    }

    /** Checks {@code root} and everything below it, adding to {@code findings}. */
    static void check(Record root, Function<Id.Kind, Set<String>> known, Set<String> reported,
            List<Finding> findings) {
        new RecordChecks(known, reported, findings).walk(root, JsonPointer.empty());
    }

    /** The YAML key of a record component. */
    static String key(RecordComponent component) {
        return NAMES.translate(component.getName());
    }

    private void walk(Object value, JsonPointer at) {
        if (value instanceof Record record) {
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                Object v = read(record, c);
                String key = key(c);
                JsonPointer here = at.appendProperty(key);
                boolean absent = v == null || (v instanceof List<?> l && l.isEmpty())
                        || (v instanceof String s && s.isBlank());
                if (absent) {
                    if (c.isAnnotationPresent(Required.class) && !reported.contains(here.toString())) {
                        findings.add(new Finding(at.toString(), false, "missing required key '" + key + "'"));
                    }
                    continue;
                }
                checkValue(c, key, v, here);
                walk(v, here);
            }
            RecordRules.check(record, at, findings);
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                JsonPointer item = at.appendIndex(i);
                if (list.get(i) == null) {
                    findings.add(new Finding(item.toString(), false, "empty list item"));
                } else {
                    walk(list.get(i), item);
                }
            }
        }
    }

    private void checkValue(RecordComponent c, String key, Object v, JsonPointer here) {
        Id id = c.getAnnotation(Id.class);
        if (id != null) {
            forEachString(v, here, (s, p) -> checkId(id.value(), key, s, p));
        }
        if (c.isAnnotationPresent(Source.class)) {
            forEachString(v, here, (s, p) -> {
                if (!Sources.isValid(s)) {
                    findings.add(new Finding(p.toString(), false, "'" + key + "' must be an http(s) URL or"
                            + " <repository>:<path>@<commit>, found '" + Tokens.shorten(s) + "'"));
                }
            });
        }
        if (c.isAnnotationPresent(Share.class) && v instanceof Number n
                && !(n.doubleValue() >= 0 && n.doubleValue() <= 1)) {
            findings.add(new Finding(here.toString(), false, "'" + key + "' is a share and must be between 0 and 1, found "
                    + n));
        }
        if (c.isAnnotationPresent(Count.class) && v instanceof Number n && n.longValue() < 0) {
            findings.add(new Finding(here.toString(), false, "'" + key + "' is a count and cannot be negative, found " + n));
        }
    }

    private void checkId(Id.Kind kind, String key, String id, JsonPointer at) {
        if (!Ids.isValid(id)) {
            findings.add(new Finding(at.toString(), false, "'" + key + "' must be an id of lower-case letters, digits"
                    + " and hyphens (at most 63), found '" + Tokens.shorten(id) + "'"));
            return;
        }
        if (kind == Id.Kind.SELF || known == null) {
            return;
        }
        Set<String> ids = known.apply(kind);
        if (!ids.contains(id)) {
            String noun = kind.name().toLowerCase(java.util.Locale.ROOT);
            findings.add(new Finding(at.toString(), false, "unknown " + noun + " '" + id + "'"
                    + Suggestions.didYouMean(id, ids) + ": no " + folder(kind) + " file defines it"));
        }
    }

    private static String folder(Id.Kind kind) {
        return switch (kind) {
            case PROJECT -> "projects/" + "<id>/project.yaml";
            case ACTOR -> "actors/<id>.yaml";
            case ALLIANCE -> "alliances/<id>.yaml";
            case SELF -> "";
        };
    }

    private interface StringCheck {
        void check(String value, JsonPointer at);
    }

    private static void forEachString(Object v, JsonPointer at, StringCheck check) {
        if (v instanceof String s) {
            check.check(s, at);
        } else if (v instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof String s) {
                    check.check(s, at.appendIndex(i));
                }
            }
        }
    }

    private static Object read(Record record, RecordComponent c) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c + " of " + record.getClass(), e);
        }
    }
}
