package org.levermap.render.plan;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.levermap.model.repo.Sha256;

/**
 * A canonical digest of what a page shows: its view, a record of records, lists, maps, strings,
 * numbers, booleans, enums and dates. Records are digested by their components (a view record's
 * other methods, which templates may read too, derive from them), collections and maps in the order a
 * template iterates them, every value with its type. On any other type it gives up and returns null,
 * so that a page is never carried over on a digest that does not cover what it shows: a missed carry
 * only costs a render.
 */
public final class ViewDigest {

    /** Deeper than any view: a cycle or a runaway structure gives up rather than overflow the stack. */
    private static final int MAX_DEPTH = 64;
    private static final MethodType GENERIC = MethodType.methodType(Object.class, Object.class);

    /** Each record type's component accessors, looked up once; null when a component cannot be read. */
    private static final ClassValue<List<MethodHandle>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<MethodHandle> computeValue(Class<?> type) {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            RecordComponent[] components = type.getRecordComponents();
            MethodHandle[] handles = new MethodHandle[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    handles[i] = lookup.unreflect(components[i].getAccessor()).asType(GENERIC);
                }
            } catch (IllegalAccessException e) {
                return null; // not public: such a record is not a view either
            }
            return List.of(handles);
        }
    };

    private final MessageDigest digest = Sha256.digest();
    private final byte[] number = new byte[8];

    private ViewDigest() {
    }

    /** The digest of {@code view} as hex, or null when it holds a type this digest does not know. */
    public static String of(Object view) {
        ViewDigest d = new ViewDigest();
        return d.add(view, 0) ? HexFormat.of().formatHex(d.digest.digest()) : null;
    }

    private boolean add(Object value, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        if (value == null) {
            tag('0');
        } else if (value instanceof String s) {
            text('s', s);
        } else if (value instanceof Boolean b) {
            tag(b ? 'T' : 'F');
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            tag('i');
            number(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            tag('d');
            number(Double.doubleToLongBits(((Number) value).doubleValue()));
        } else if (value instanceof BigDecimal || value instanceof BigInteger || value instanceof Character) {
            text(value instanceof Character ? 'c' : 'n', value.toString());
        } else if (value instanceof Enum<?> e) {
            text('e', e.getDeclaringClass().getName() + "." + e.name());
        } else if (value instanceof LocalDate || value instanceof Instant || value instanceof LocalDateTime
                || value instanceof YearMonth || value instanceof OffsetDateTime || value instanceof ZonedDateTime) {
            text('t', value.getClass().getSimpleName() + " " + value);
        } else if (value instanceof Record r) {
            return record(r, depth);
        } else if (value instanceof Collection<?> c) {
            tag('[');
            number(c.size());
            for (Object o : c) {
                if (!add(o, depth + 1)) {
                    return false;
                }
            }
        } else if (value instanceof Map<?, ?> m) {
            tag('{');
            number(m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!add(e.getKey(), depth + 1) || !add(e.getValue(), depth + 1)) {
                    return false;
                }
            }
        } else if (value instanceof Optional<?> o) {
            tag('?');
            return add(o.orElse(null), depth + 1);
        } else if (value.getClass().isArray()) {
            tag('[');
            int length = Array.getLength(value);
            number(length);
            for (int i = 0; i < length; i++) {
                if (!add(Array.get(value, i), depth + 1)) {
                    return false;
                }
            }
        } else {
            return false;
        }
        return true;
    }

    private boolean record(Record r, int depth) {
        List<MethodHandle> components = COMPONENTS.get(r.getClass());
        if (components == null) {
            return false;
        }
        text('r', r.getClass().getName());
        for (MethodHandle accessor : components) {
            Object value;
            try {
                value = (Object) accessor.invokeExact((Object) r);
            } catch (Throwable e) {
                return false; // an accessor that fails would fail the render too: render it and see
            }
            if (!add(value, depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private void tag(char c) {
        digest.update((byte) c);
    }

    private void text(char tag, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        tag(tag);
        number(bytes.length);
        digest.update(bytes);
    }

    private void number(long n) {
        for (int i = 0; i < 8; i++) {
            number[i] = (byte) (n >>> (8 * i));
        }
        digest.update(number);
    }
}
