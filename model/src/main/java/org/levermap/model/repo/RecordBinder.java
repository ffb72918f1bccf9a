package org.levermap.model.repo;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.levermap.model.Keyword;

/**
 * Binds a well-formed file's tokens straight to its records, without Jackson's data binding.
 *
 * <p>Why: a fresh JVM spends about a tenth of a second making Jackson's mapper and its readers, most of
 * a {@code collect}'s reading of four small files. This path takes only what binding would accept
 * unchanged — the keys a record names, each value of the one token type its component takes — and gives
 * up on anything else (an unknown or duplicate key, a number where text belongs, an empty string, a
 * value a record refuses): the caller then binds the file with Jackson, whose problem handler reports
 * every problem with its line as before. So a file either binds here to the value Jackson would make
 * ({@code RecordBinderTest} holds the two to each other over the reference report), or is bound by
 * Jackson alone.
 */
final class RecordBinder {

    /** Anything outside this path; carries no stack trace, since it is an answer, not a failure. */
    private static final class NotDirect extends Exception {
        private static final long serialVersionUID = 1L;

        NotDirect() {
            super(null, null, false, false);
        }
    }

    private static final NotDirect NOT_DIRECT = new NotDirect();

    /** How one record type is made: its keys in creator order, their types, and the creator. */
    private record Shape(Map<String, Integer> keys, Type[] types, Executable creator) {
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return shape(type);
        }
    };

    /** The constants of a keyword enum by their spelling in files; null for any other enum. */
    private static final ClassValue<Map<String, Object>> KEYWORDS = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            if (!Keyword.class.isAssignableFrom(type)) {
                return null;
            }
            Map<String, Object> byKeyword = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byKeyword.put(((Keyword) constant).keyword(), constant);
            }
            return byKeyword;
        }
    };

    private final JsonParser parser;
    private final Map<String, String> pool;

    private RecordBinder(JsonParser parser, Map<String, String> pool) {
        this.parser = parser;
        this.pool = pool;
    }

    /**
     * The record {@code text} holds, or null when binding it needs Jackson (which then also finds the
     * file's problems, if any).
     *
     * @param pool shares equal strings among the files of one load, as {@link StringPool} does; may be null
     */
    static <T extends Record> T bind(String text, String displayName, Class<T> type, YAMLFactory factory,
            Map<String, String> pool) {
        List<Problem> problems = new ArrayList<>();
        try (YAMLParser yaml = (YAMLParser) factory.createParser(text)) {
            StrictParser parser = new StrictParser(yaml, displayName, problems);
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Object value = new RecordBinder(parser, pool).record(type);
            // Duplicate keys are problems the strict parser notes and goes on from.
            return parser.nextToken() == null && problems.isEmpty() ? type.cast(value) : null;
        } catch (NotDirect | IOException | RuntimeException e) {
            return null;
        }
    }

    private Object value(Type type) throws IOException, NotDirect {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (type instanceof ParameterizedType p) {
            if (p.getRawType() != List.class || token != JsonToken.START_ARRAY) {
                throw NOT_DIRECT;
            }
            Type element = p.getActualTypeArguments()[0];
            List<Object> list = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                Object item = value(element);
                if (item == null) { // a bare "-": Jackson keeps the null, and the record's own check names it
                    throw NOT_DIRECT;
                }
                list.add(item);
            }
            return list;
        }
        if (!(type instanceof Class<?> c)) {
            throw NOT_DIRECT;
        }
        if (c == String.class) {
            return text(token);
        }
        if (c == Integer.class) {
            if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
                return parser.getIntValue();
            }
            throw NOT_DIRECT;
        }
        if (c == Double.class) {
            if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                return parser.getDoubleValue();
            }
            throw NOT_DIRECT;
        }
        if (c == Boolean.class) {
            if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                return token == JsonToken.VALUE_TRUE;
            }
            throw NOT_DIRECT;
        }
        if (c == LocalDate.class) {
            return date(token);
        }
        if (c == OffsetDateTime.class) {
            return time(token);
        }
        if (c.isEnum()) {
            Map<String, Object> byKeyword = KEYWORDS.get(c);
            Object constant = byKeyword == null || token != JsonToken.VALUE_STRING ? null : byKeyword.get(parser.getText());
            if (constant == null) {
                throw NOT_DIRECT;
            }
            return constant;
        }
        if (c.isRecord() && token == JsonToken.START_OBJECT) {
            return record(c);
        }
        throw NOT_DIRECT;
    }

    private String text(JsonToken token) throws IOException, NotDirect {
        if (token != JsonToken.VALUE_STRING) { // Jackson would turn a number or a boolean into text: its path
            throw NOT_DIRECT;
        }
        return StringPool.shared(pool, parser.getText());
    }

    private LocalDate date(JsonToken token) throws IOException, NotDirect {
        // Only the plain form: Jackson's reader trims, takes "" as null and a date-time's date, all its path.
        String value = token == JsonToken.VALUE_STRING ? parser.getText() : "";
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            throw NOT_DIRECT;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw NOT_DIRECT;
        }
    }

    private OffsetDateTime time(JsonToken token) throws IOException, NotDirect {
        // Only ISO 8601 with a 'T' and an offset, which Jackson's reader parses with the same formatter;
        // numbers, offsets without a colon and spaces are its path.
        String value = token == JsonToken.VALUE_STRING ? parser.getText() : "";
        if (value.indexOf('T') < 0 || !value.strip().equals(value)) {
            throw NOT_DIRECT;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw NOT_DIRECT;
        }
    }

    private Object record(Class<?> type) throws IOException, NotDirect {
        Shape shape = SHAPES.get(type);
        if (shape == null) {
            throw NOT_DIRECT;
        }
        Object[] arguments = new Object[shape.types().length];
        boolean[] given = new boolean[arguments.length];
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            Integer index = shape.keys().get(parser.currentName());
            if (index == null || given[index]) {
                throw NOT_DIRECT;
            }
            given[index] = true;
            parser.nextToken();
            arguments[index] = value(shape.types()[index]);
        }
        if (token != JsonToken.END_OBJECT) {
            throw NOT_DIRECT;
        }
        try {
            return shape.creator() instanceof Constructor<?> constructor ? constructor.newInstance(arguments)
                    : ((Method) shape.creator()).invoke(null, arguments);
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw NOT_DIRECT; // a value the record refuses: Jackson's path reports it in the record's words
        }
    }

    /**
     * How Jackson makes {@code type}: a static factory marked {@code @JsonCreator} with its parameters'
     * {@code @JsonProperty} names, else the canonical constructor with the components' names in
     * snake_case. Null for anything else (then every file of that type takes Jackson's path).
     */
    private static Shape shape(Class<?> type) {
        try {
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isStatic(m.getModifiers()) && m.isAnnotationPresent(JsonCreator.class)) {
                    Map<String, Integer> keys = new HashMap<>();
                    java.lang.reflect.Parameter[] parameters = m.getParameters();
                    for (int i = 0; i < parameters.length; i++) {
                        JsonProperty name = parameters[i].getAnnotation(JsonProperty.class);
                        if (name == null) {
                            return null;
                        }
                        keys.put(name.value(), i);
                    }
                    m.setAccessible(true);
                    return new Shape(keys, m.getGenericParameterTypes(), m);
                }
            }
            RecordComponent[] components = type.getRecordComponents();
            Map<String, Integer> keys = new HashMap<>();
            Type[] types = new Type[components.length];
            for (int i = 0; i < components.length; i++) {
                keys.put(RecordChecks.key(components[i]), i);
                types[i] = components[i].getGenericType();
            }
            return new Shape(keys, types, RecordTypes.canonical(type));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
