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
        new RecordChecks(known, reported, findings).walk(root, Where.ROOT);
    }

    /**
     * Where a value stands, as a chain of keys and indexes. Cheap to extend; turned into a JSON Pointer
     * only when a finding needs it (a pointer per value would cost more than all the checks).
     */
    private record Where(Where parent, String key, int index) {

        static final Where ROOT = new Where(null, null, -1);

        Where key(String name) {
            return new Where(this, name, -1);
        }

        Where index(int i) {
            return new Where(this, null, i);
        }

        JsonPointer pointer() {
            return JsonPointer.compile(toString());
        }

        @Override
        public String toString() {
            if (parent == null) {
                return "";
            }
            String step = key != null ? key.replace("~", "~0").replace("/", "~1") : String.valueOf(index);
            return parent + "/" + step;
        }
    }

    /** The YAML key of a record component. */
    static String key(RecordComponent component) {
        return NAMES.translate(component.getName());
    }

    /**
     * What the checks need of one record component, looked up once per record type: reflection and
     * annotation lookups are slow, and a data repository holds hundreds of thousands of records.
     */
    private record Component(RecordComponent component, java.lang.reflect.Method accessor, String key,
            boolean required, Id id, boolean source, boolean share, boolean count) {
    }

    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            List<Component> list = new java.util.ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                java.lang.reflect.Method accessor = c.getAccessor();
                accessor.setAccessible(true);
                list.add(new Component(c, accessor, key(c), c.isAnnotationPresent(Required.class),
                        c.getAnnotation(Id.class), c.isAnnotationPresent(Source.class),
                        c.isAnnotationPresent(Share.class), c.isAnnotationPresent(Count.class)));
            }
            return List.copyOf(list);
        }
    };

    private void walk(Object value, Where at) {
        if (value instanceof Record record) {
            for (Component info : COMPONENTS.get(record.getClass())) {
                Object v = read(record, info);
                String key = info.key();
                Where here = at.key(key);
                boolean absent = v == null || (v instanceof List<?> l && l.isEmpty())
                        || (v instanceof String s && s.isBlank());
                if (absent) {
                    if (info.required() && !reported.contains(here.toString())) {
                        findings.add(new Finding(at.toString(), false, "missing required key '" + key + "'"));
                    }
                    continue;
                }
                checkValue(info, key, v, here);
                walk(v, here);
            }
            if (RecordRules.appliesTo(record)) {
                RecordRules.check(record, at.pointer(), findings);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                if (item == null) {
                    findings.add(new Finding(at.index(i).toString(), false, "empty list item"));
                } else if (item instanceof Record || item instanceof List<?>) {
                    walk(item, at.index(i));
                }
            }
        }
    }

    private void checkValue(Component c, String key, Object v, Where here) {
        Id id = c.id();
        if (id != null) {
            forEachString(v, here, (s, p) -> checkId(id.value(), key, s, p));
        }
        if (c.source()) {
            forEachString(v, here, (s, p) -> {
                if (!Sources.isValid(s)) {
                    findings.add(new Finding(p.toString(), false, "'" + key + "' must be an http(s) URL or"
                            + " <repository>:<path>@<commit>, found '" + Tokens.shorten(s) + "'"));
                }
            });
        }
        if (c.share() && v instanceof Number n
                && !(n.doubleValue() >= 0 && n.doubleValue() <= 1)) {
            findings.add(new Finding(here.toString(), false, "'" + key + "' is a share and must be between 0 and 1, found "
                    + n));
        }
        if (c.count() && v instanceof Number n && n.longValue() < 0) {
            findings.add(new Finding(here.toString(), false, "'" + key + "' is a count and cannot be negative, found " + n));
        }
    }

    private void checkId(Id.Kind kind, String key, String id, Where at) {
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
        void check(String value, Where at);
    }

    private static void forEachString(Object v, Where at, StringCheck check) {
        if (v instanceof String s) {
            check.check(s, at);
        } else if (v instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof String s) {
                    check.check(s, at.index(i));
                }
            }
        }
    }

    private static Object read(Record record, Component c) {
        try {
            return c.accessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.component() + " of " + record.getClass(), e);
        }
    }
}
