package org.levermap.model.repo;

import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import org.levermap.model.Keyword;

/**
 * Writes a record's YAML text exactly as {@link YamlCodec}'s Jackson mapper writes it, without
 * jackson-databind: the record is walked by reflection and its values go to the streaming {@link
 * YAMLGenerator} of {@link YamlCodec#factory()}, through the same generator calls Jackson's serializers
 * make, so the factory's features decide quoting and layout for both alike.
 *
 * <p>It exists for the start-up of {@code levermap collect}, which writes one snapshot in a fresh JVM:
 * making databind's serializers costs about 60 ms there, walking the record a few. {@code YamlWriterTest}
 * holds it to Jackson's output, byte for byte, on every file of the reference report and on awkward
 * values.
 *
 * <p>A type it does not know it refuses when writing, with an {@link IllegalStateException} naming the
 * type and the components that lead to it. What would make Jackson write a known type otherwise (a
 * Jackson annotation, a method Jackson takes for a getter, a creator naming components out of order) is
 * refused by {@link #requireSupported}, which {@code YamlWriterTest} calls on every type a {@link
 * FileKind} holds: looking for them on every first write would cost a cold JVM about 6 ms of reflection.
 */
final class YamlWriter {

    /** Writes one present (non-null) value. */
    @FunctionalInterface
    private interface Writer {
        void write(Object value, YAMLGenerator g) throws IOException;
    }

    /** One record component: its YAML name, its accessor, how its values are written. */
    private record Property(String component, String name, Method accessor, Writer writer, boolean keepEmptyString) {
    }

    /** A record's or an enum's writer, found once per class. */
    private static final ClassValue<Writer> WRITERS = new ClassValue<>() {
        @Override
        protected Writer computeValue(Class<?> type) {
            if (type.isRecord()) {
                return recordWriter(type);
            }
            if (type.isEnum()) {
                return enumWriter(type);
            }
            throw new Unsupported(type.getTypeName());
        }
    };

    /** Jackson's JavaTimeModule writes an OffsetDateTime with this, not with its toString (which drops :00 seconds). */
    private static final DateTimeFormatter OFFSET_DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private YamlWriter() {
    }

    /**
     * The YAML text of {@code value}, as {@code YamlCodec}'s mapper's {@code writeValueAsString} gives it.
     *
     * @throws IllegalStateException if {@code value} holds a type this writer does not know
     */
    static String write(Record value) {
        StringWriter text = new StringWriter(4096);
        try {
            // Closed only when whole: closing ends the document, which after a failure would fail again.
            YAMLGenerator g = (YAMLGenerator) YamlCodec.factory().createGenerator(text);
            WRITERS.get(value.getClass()).write(value, g);
            g.close();
        } catch (Unsupported e) {
            throw e.at(value.getClass().getSimpleName());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName(), e);
        }
        return text.toString();
    }

    /**
     * Makes sure values of the record or enum {@code type} are written as Jackson writes them, as far as
     * its own components go (records among them are checked when asked for in turn).
     *
     * @throws IllegalStateException if they would not be
     */
    static void requireSupported(Class<?> type) {
        try {
            refuseWhatJacksonWritesOtherwise(type);
            WRITERS.get(type);
        } catch (Unsupported e) {
            throw e.at(type.getSimpleName());
        }
    }

    private static Writer recordWriter(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Property[] properties = new Property[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            try {
                Method accessor = c.getAccessor();
                accessor.setAccessible(true); // the record may be private to its package, its accessors are not
                properties[i] = new Property(c.getName(), RecordChecks.key(c.getName()), accessor,
                        writer(c.getGenericType()), c.getType() == String.class);
            } catch (Unsupported e) {
                throw e.at(c.getName());
            }
        }
        return (value, g) -> {
            g.writeStartObject();
            for (Property p : properties) {
                Object v = RecordTypes.get(p.accessor(), value);
                // NON_EMPTY inclusion, except that a String is left out only when null (YamlCodec's override).
                if (v == null || (!p.keepEmptyString() && isEmpty(v))) {
                    continue;
                }
                g.writeFieldName(p.name());
                try {
                    p.writer().write(v, g);
                } catch (Unsupported e) {
                    throw e.at(p.component());
                }
            }
            g.writeEndObject();
        };
    }

    private static Writer enumWriter(Class<?> type) {
        if (Keyword.class.isAssignableFrom(type)) {
            return (value, g) -> g.writeString(((Keyword) value).keyword()); // Keyword.keyword() is @JsonValue
        }
        return (value, g) -> g.writeString(((Enum<?>) value).name());
    }

    /** The writer of a component, list item or map value of declared type {@code type}. */
    private static Writer writer(Type type) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return (v, g) -> g.writeString((String) v);
        } else if (raw == Integer.class || raw == int.class) {
            return (v, g) -> g.writeNumber((Integer) v);
        } else if (raw == Long.class || raw == long.class) {
            return (v, g) -> g.writeNumber((Long) v);
        } else if (raw == Double.class || raw == double.class) {
            return (v, g) -> g.writeNumber((Double) v);
        } else if (raw == Boolean.class || raw == boolean.class) {
            return (v, g) -> g.writeBoolean((Boolean) v);
        } else if (raw == LocalDate.class || raw == Instant.class) {
            return (v, g) -> g.writeString(v.toString()); // what JavaTimeModule writes for both
        } else if (raw == OffsetDateTime.class) {
            return (v, g) -> g.writeString(OFFSET_DATE_TIME.format((OffsetDateTime) v));
        } else if (raw.isRecord() || raw.isEnum()) {
            // Found when first written, so that a record may hold itself (a tree) and planning ends.
            return (v, g) -> WRITERS.get(raw).write(v, g);
        } else if (raw == List.class || raw == Set.class || raw == SortedSet.class) {
            Writer item = writer(argument(type, 0));
            return (v, g) -> {
                g.writeStartArray();
                for (Object i : (Collection<?>) v) {
                    if (i == null) {
                        g.writeNull();
                    } else {
                        item.write(i, g);
                    }
                }
                g.writeEndArray();
            };
        } else if (raw == Map.class || raw == SortedMap.class) {
            if (argument(type, 0) != String.class) {
                throw new Unsupported(type.getTypeName() + " (map keys other than String)");
            }
            Writer entry = writer(argument(type, 1));
            return (v, g) -> {
                g.writeStartObject();
                for (Map.Entry<?, ?> e : byKey((Map<?, ?>) v).entrySet()) {
                    // Content inclusion NON_EMPTY (the mapper's default): here an empty string is left out too.
                    if (e.getValue() == null || isEmpty(e.getValue())) {
                        continue;
                    }
                    g.writeFieldName((String) e.getKey());
                    entry.write(e.getValue(), g);
                }
                g.writeEndObject();
            };
        }
        throw new Unsupported(type.getTypeName());
    }

    /** ORDER_MAP_ENTRIES_BY_KEYS as Jackson's MapSerializer does it: a sorted map keeps its own order. */
    private static Map<?, ?> byKey(Map<?, ?> map) {
        if (map instanceof SortedMap<?, ?> || map.isEmpty()) {
            return map;
        }
        for (Object key : map.keySet()) {
            if (key == null) { // Jackson refuses it too, unless told otherwise
                throw new Unsupported("a map with a null key");
            }
        }
        return new TreeMap<>(map);
    }

    /**
     * Whether Jackson's serializer of {@code v} calls it empty: an empty string, collection or map, and
     * also a map whose every value its content inclusion leaves out (MapSerializer.isEmpty).
     */
    private static boolean isEmpty(Object v) {
        if (v instanceof String s) {
            return s.isEmpty();
        } else if (v instanceof Collection<?> c) {
            return c.isEmpty();
        } else if (v instanceof Map<?, ?> m) {
            for (Object value : m.values()) {
                if (value != null && !isEmpty(value)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** What the writers leave to this check: Jackson's annotations, getters and creators. */
    private static void refuseWhatJacksonWritesOtherwise(Class<?> type) {
        refuseJacksonAnnotations(type, type);
        refuseAnnotatedInterfaces(type, type);
        if (type.isEnum()) {
            for (java.lang.reflect.Field f : type.getDeclaredFields()) {
                refuseJacksonAnnotations(f, type); // @JsonProperty on a constant renames it
            }
            for (Method m : type.getDeclaredMethods()) {
                refuseJacksonAnnotations(m, type); // @JsonValue on the enum's own method
            }
        } else if (type.isRecord()) {
            refuseGetters(type);
            RecordComponent[] components = type.getRecordComponents();
            requireCreatorsInComponentOrder(type, components);
            for (RecordComponent c : components) {
                try {
                    refuseJacksonAnnotations(c.getAccessor(), type);
                    refuseJacksonAnnotations(type.getDeclaredField(c.getName()), type);
                } catch (Unsupported e) {
                    throw e.at(c.getName());
                } catch (NoSuchFieldException e) {
                    throw new IllegalStateException(type + " has no field for its component " + c.getName(), e);
                }
            }
        }
    }

    /**
     * Jackson serializes every public {@code getX()} and {@code isX()} as a property too, in an order
     * of its own after the components; no record of the model has one, so one is refused, not guessed.
     */
    private static void refuseGetters(Class<?> type) {
        for (Method m : type.getMethods()) {
            String name = m.getName();
            if (!Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && m.getReturnType() != void.class
                    && ((name.startsWith("get") && name.length() > 3 && !name.equals("getClass"))
                    || (name.startsWith("is") && name.length() > 2)) && !isAccessor(type, m)) {
                throw new Unsupported("a getter-like method " + name + "(), which Jackson would write too");
            }
        }
    }

    private static boolean isAccessor(Class<?> type, Method m) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(m.getName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A creator ({@code @JsonCreator}, as {@code Snapshot.read}) may decide Jackson's property order;
     * one that names the components in their order of declaration changes nothing, any other is refused.
     */
    private static void requireCreatorsInComponentOrder(Class<?> type, RecordComponent[] components) {
        List<Executable> creators = new ArrayList<>(List.of(type.getDeclaredConstructors()));
        creators.addAll(List.of(type.getDeclaredMethods()));
        for (Executable creator : creators) {
            boolean annotated = !jacksonAnnotations(creator).isEmpty();
            Parameter[] parameters = creator.getParameters();
            boolean named = false;
            for (Parameter p : parameters) {
                named |= !jacksonAnnotations(p).isEmpty();
            }
            if (!annotated && !named) {
                continue;
            }
            boolean inOrder = Modifier.isStatic(creator.getModifiers()) == (creator instanceof Method)
                    && jacksonAnnotations(creator).stream().allMatch(a -> a.annotationType().getSimpleName()
                    .equals("JsonCreator")) && parameters.length == components.length;
            for (int i = 0; inOrder && i < parameters.length; i++) {
                List<Annotation> on = jacksonAnnotations(parameters[i]);
                inOrder = on.size() == 1 && on.get(0) instanceof com.fasterxml.jackson.annotation.JsonProperty p
                        && p.value().equals(RecordChecks.key(components[i].getName()));
            }
            if (!inOrder) {
                throw new Unsupported(type.getTypeName() + " (a creator " + creator.getName()
                        + " not naming its components in order)");
            }
        }
    }

    /** Jackson reads its annotations to rename, leave out, reorder or reshape values: none is replicated. */
    private static void refuseJacksonAnnotations(AnnotatedElement element, Class<?> owner) {
        List<Annotation> found = jacksonAnnotations(element);
        if (!found.isEmpty()) {
            throw new Unsupported(owner.getTypeName() + " (annotated " + found + ")");
        }
    }

    /**
     * Jackson also reads the annotations of implemented interfaces and of their methods (Keyword's
     * {@code @JsonValue} is how its enums are written); those of any other interface are refused.
     */
    private static void refuseAnnotatedInterfaces(Class<?> type, Class<?> owner) {
        for (Class<?> i : type.getInterfaces()) {
            if (i != Keyword.class) {
                refuseJacksonAnnotations(i, owner);
                for (Method m : i.getDeclaredMethods()) {
                    refuseJacksonAnnotations(m, owner);
                }
                refuseAnnotatedInterfaces(i, owner);
            }
        }
    }

    private static List<Annotation> jacksonAnnotations(AnnotatedElement element) {
        List<Annotation> found = new ArrayList<>();
        for (Annotation a : element.getDeclaredAnnotations()) {
            if (a.annotationType().getName().startsWith("com.fasterxml.jackson.")) {
                found.add(a);
            }
        }
        return found;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        throw new Unsupported(type.getTypeName());
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        throw new Unsupported(type.getTypeName() + " (a raw collection)");
    }

    /** A value this writer does not write as Jackson would, and the components that led to it. */
    static final class Unsupported extends IllegalStateException {

        private static final long serialVersionUID = 1L;
        private final String what;
        private final transient Deque<String> path = new ArrayDeque<>();

        Unsupported(String what) {
            super(what);
            this.what = what;
        }

        /** This exception, one step further out (a component, then its record, ...). */
        Unsupported at(String step) {
            path.addFirst(step);
            return this;
        }

        @Override
        public String getMessage() {
            return "YamlWriter cannot write " + what + (path.isEmpty() ? "" : " at " + String.join(".", path));
        }
    }
}
