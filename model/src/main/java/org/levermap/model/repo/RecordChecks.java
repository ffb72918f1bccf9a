package org.levermap.model.repo;

import com.fasterxml.jackson.core.JsonPointer;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.levermap.model.Id;
import org.levermap.model.Ids;
import org.levermap.model.Sources;

/**
 * Checks a bound record against the constraints its components declare ({@link org.levermap.model.Required},
 * {@link Id}, {@link org.levermap.model.Share}, {@link org.levermap.model.Count}, {@link org.levermap.model.Source}) — the same annotations the JSON Schema
 * is generated from — and then against the rules of {@link RecordRules}.
 */
final class RecordChecks {


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
        new RecordChecks(known, reported, findings).walk(root, At.ROOT);
    }

    /** The YAML key of a record component. */
    static String key(RecordComponent component) {
        return key(component.getName());
    }

    /**
     * The YAML key of a record component's name, as the mapper's naming strategy makes it, without a
     * class of Jackson's data binding (a collect never loads it). Mirrors jackson-databind 2.18's
     * {@code PropertyNamingStrategies.SnakeCaseStrategy.translate}: an underscore before each upper-case
     * letter that follows a lower-case one or starts the name after the first character, all lower-cased,
     * a leading underscore dropped ({@code modelLineage} is {@code model_lineage}, {@code spdxID} is
     * {@code spdx_id}). {@code YamlWriterTest} and {@code RecordBinderTest} hold it to the mapper.
     */
    static String key(String input) {
        int length = input.length();
        StringBuilder result = new StringBuilder(length * 2);
        boolean wasPrevTranslated = false;
        for (int i = 0; i < length; i++) {
            char c = input.charAt(i);
            if (i > 0 || c != '_') {
                if (Character.isUpperCase(c)) {
                    if (!wasPrevTranslated && result.length() > 0 && result.charAt(result.length() - 1) != '_') {
                        result.append('_');
                    }
                    c = Character.toLowerCase(c);
                    wasPrevTranslated = true;
                } else {
                    wasPrevTranslated = false;
                }
                result.append(c);
            }
        }
        return result.length() > 0 ? result.toString() : input;
    }

    /**
     * Where a value stands, built only when a finding needs it: most values have none, and making
     * a pointer for each was a large part of the cost.
     */
    private record At(At parent, String key, int index) {
        static final At ROOT = new At(null, null, -1);

        At key(String k) {
            return new At(this, k, -1);
        }

        At index(int i) {
            return new At(this, null, i);
        }

        JsonPointer pointer() {
            if (parent == null) {
                return JsonPointer.empty();
            }
            JsonPointer p = parent.pointer();
            return key != null ? p.appendProperty(key) : p.appendIndex(index);
        }

        @Override
        public String toString() {
            return pointer().toString();
        }
    }

    private void walk(Object value, At at) {
        if (value instanceof Record record) {
            for (RecordShape.Component c : RecordShape.of(record).components()) {
                Object v = c.read(record);
                if (v == null || (v instanceof List<?> l && l.isEmpty()) || (v instanceof String s && s.isBlank())) {
                    if (c.required() && !reported.contains(at.key(c.key()).toString())) {
                        findings.add(new Finding(at.toString(), false, "missing required key '" + c.key() + "'"));
                    }
                    continue;
                }
                At here = at.key(c.key());
                checkValue(c, v, here);
                if (v instanceof Record || v instanceof List<?>) {
                    walk(v, here);
                }
            }
            if (RecordRules.applies(record)) {
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

    private void checkValue(RecordShape.Component c, Object v, At here) {
        String key = c.key();
        if (c.id() != null) {
            forEachString(v, here, (s, p) -> checkId(c.id().value(), key, s, p));
        }
        if (c.source()) {
            forEachString(v, here, (s, p) -> {
                if (!Sources.isValid(s)) {
                    findings.add(new Finding(p.toString(), false, "'" + key + "' must be an http(s) URL or"
                            + " <repository>:<path>@<commit>, found '" + Tokens.shorten(s) + "'"));
                }
            });
        }
        if (c.share() && v instanceof Number n && !(n.doubleValue() >= 0 && n.doubleValue() <= 1)) {
            findings.add(new Finding(here.toString(), false, "'" + key + "' is a share and must be between 0 and 1, found "
                    + n));
        }
        if (c.count() && v instanceof Number n && n.longValue() < 0) {
            findings.add(new Finding(here.toString(), false, "'" + key + "' is a count and cannot be negative, found " + n));
        }
    }

    private void checkId(Id.Kind kind, String key, String id, At at) {
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
        void check(String value, At at);
    }

    private static void forEachString(Object v, At at, StringCheck check) {
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
}
