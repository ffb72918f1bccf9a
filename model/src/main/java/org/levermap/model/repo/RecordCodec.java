package org.levermap.model.repo;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a record of the data model as compact binary and reads it back, for the {@link RecordCache}.
 * The layout follows the record components in declaration order (a presence byte, then the value), so
 * it is only valid for the code that wrote it: the cache is versioned by levermap's code. Reading goes
 * through each record's canonical constructor, like Jackson's binding does, so a record's own
 * normalisation applies; a type the codec does not know is refused with {@link Unsupported} and that
 * file is simply not cached.
 */
final class RecordCodec {

    /** A value of a type the codec does not write; the file is parsed from YAML every time instead. */
    static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported(Type type) {
            super("no binary form for " + type.getTypeName(), null, false, false);
        }
    }

    /** How to take apart and rebuild one record type (plain reflection: faster here than method handles invoked with arguments). */
    private record Shape(RecordComponent[] components, Type[] types, Method[] accessors, Constructor<?> constructor) {
    }

    /** Only levermap's own enums are named in an entry, and only they are loaded when reading one. */
    private static final String MODEL_PACKAGE = "org.levermap.";
    private final Map<Class<?>, Class<?>[]> kinds;
    /** Per record class, found once per codec (one codec per cache, one cache per load). */
    private final Map<Class<?>, Shape> shapes;
    /** Equal strings of all records share one copy, as {@link StringPool} does for parsed files. */
    private final Map<String, String> pool;

    RecordCodec(Map<String, String> pool) {
        this(pool, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    }

    private RecordCodec(Map<String, String> pool, Map<Class<?>, Shape> shapes, Map<Class<?>, Class<?>[]> kinds) {
        this.pool = pool;
        this.shapes = shapes;
        this.kinds = kinds;
    }

    /** This codec sharing strings through another pool (one project's records, say, dropped with them). */
    RecordCodec sharing(Map<String, String> other) {
        return other == pool ? this : new RecordCodec(other, shapes, kinds);
    }

    void write(Record value, DataOutputStream out) throws IOException {
        writeValue(value, value.getClass(), out);
    }

    <T extends Record> T read(Class<T> type, DataInputStream in) throws IOException {
        return type.cast(readValue(type, in));
    }

    private void writeValue(Object value, Type type, DataOutputStream out) throws IOException {
        if (value == null) {
            out.writeByte(0);
            return;
        }
        out.writeByte(1);
        Class<?> raw = raw(type);
        if (raw == String.class) {
            byte[] bytes = ((String) value).getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        } else if (raw == Integer.class || raw == int.class) {
            out.writeInt((Integer) value);
        } else if (raw == Long.class || raw == long.class) {
            out.writeLong((Long) value);
        } else if (raw == Double.class || raw == double.class) {
            out.writeDouble((Double) value);
        } else if (raw == Boolean.class || raw == boolean.class) {
            out.writeBoolean((Boolean) value);
        } else if (raw == LocalDate.class) {
            out.writeLong(((LocalDate) value).toEpochDay());
        } else if (raw == OffsetDateTime.class) {
            OffsetDateTime t = (OffsetDateTime) value;
            out.writeLong(t.toEpochSecond());
            out.writeInt(t.getNano());
            out.writeInt(t.getOffset().getTotalSeconds());
        } else if (raw == Instant.class) {
            out.writeLong(((Instant) value).getEpochSecond());
            out.writeInt(((Instant) value).getNano());
        } else if (raw.isEnum()) {
            out.writeInt(((Enum<?>) value).ordinal());
        } else if (value instanceof Enum<?> constant && (raw == Enum.class || raw.isInterface())) {
            // An enum constant of any type (a phrase's key, a Keyword): its class travels with it.
            Class<?> declaring = constant.getDeclaringClass();
            if (!declaring.getName().startsWith(MODEL_PACKAGE) || !raw.isAssignableFrom(declaring)) {
                throw new Unsupported(declaring);
            }
            out.writeUTF(declaring.getName());
            out.writeInt(constant.ordinal());
        } else if (raw.isSealed() && !raw.isEnum()) {
            Class<?>[] kinds = kinds(raw);
            int kind = java.util.Arrays.asList(kinds).indexOf(value.getClass());
            if (kind < 0 || !value.getClass().isRecord()) {
                throw new Unsupported(value.getClass());
            }
            out.writeInt(kind);
            writeValue(value, value.getClass(), out);
        } else if (raw.isRecord()) {
            Shape shape = shape(raw);
            for (int i = 0; i < shape.types().length; i++) {
                writeValue(get(shape.accessors()[i], value), shape.types()[i], out);
            }
        } else if (raw == List.class || raw == Set.class || raw == SortedSet.class) {
            java.util.Collection<?> items = (java.util.Collection<?>) value;
            out.writeInt(items.size());
            for (Object item : items) {
                writeValue(item, argument(type, 0), out);
            }
        } else if (raw == Map.class) {
            Map<?, ?> map = (Map<?, ?>) value;
            out.writeInt(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                writeValue(e.getKey(), argument(type, 0), out);
                writeValue(e.getValue(), argument(type, 1), out);
            }
        } else {
            throw new Unsupported(type);
        }
    }

    private Object readValue(Type type, DataInputStream in) throws IOException {
        byte present = in.readByte();
        if (present == 0) {
            return null;
        }
        if (present != 1) {
            throw new IOException("bad presence byte " + present);
        }
        Class<?> raw = raw(type);
        if (raw == String.class) {
            int length = in.readInt();
            if (length < 0 || length > YamlCodec.MAX_FILE_BYTES) {
                throw new IOException("bad string length " + length);
            }
            byte[] bytes = in.readNBytes(length);
            if (bytes.length != length) {
                throw new IOException("truncated string");
            }
            String s = new String(bytes, StandardCharsets.UTF_8);
            String shared = pool.putIfAbsent(s, s);
            return shared == null ? s : shared;
        } else if (raw == Integer.class || raw == int.class) {
            return in.readInt();
        } else if (raw == Long.class || raw == long.class) {
            return in.readLong();
        } else if (raw == Double.class || raw == double.class) {
            return in.readDouble();
        } else if (raw == Boolean.class || raw == boolean.class) {
            return in.readBoolean();
        } else if (raw == LocalDate.class) {
            return LocalDate.ofEpochDay(in.readLong());
        } else if (raw == OffsetDateTime.class) {
            long seconds = in.readLong();
            int nano = in.readInt();
            return OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds, nano), ZoneOffset.ofTotalSeconds(in.readInt()));
        } else if (raw == Instant.class) {
            return Instant.ofEpochSecond(in.readLong(), in.readInt());
        } else if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            int ordinal = in.readInt();
            if (ordinal < 0 || ordinal >= constants.length) {
                throw new IOException("bad ordinal " + ordinal + " of " + raw.getSimpleName());
            }
            return constants[ordinal];
        } else if (raw == Enum.class || (raw.isInterface() && !raw.isSealed() && !java.util.Collection.class.isAssignableFrom(raw)
                && raw != Map.class)) {
            String name = in.readUTF();
            if (!name.startsWith(MODEL_PACKAGE)) {
                throw new IOException("enum " + name + " is not levermap's");
            }
            Class<?> declaring;
            try {
                declaring = Class.forName(name, false, RecordCodec.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IOException("no enum " + name);
            }
            if (!declaring.isEnum() || !raw.isAssignableFrom(declaring)) {
                throw new IOException(name + " is not an enum of " + raw.getSimpleName());
            }
            Object[] constants = declaring.getEnumConstants();
            int ordinal = in.readInt();
            if (ordinal < 0 || ordinal >= constants.length) {
                throw new IOException("bad ordinal " + ordinal + " of " + name);
            }
            return constants[ordinal];
        } else if (raw.isSealed()) {
            Class<?>[] kinds = kinds(raw);
            int kind = in.readInt();
            if (kind < 0 || kind >= kinds.length) {
                throw new IOException("bad kind " + kind + " of " + raw.getSimpleName());
            }
            return readValue(kinds[kind], in);
        } else if (raw.isRecord()) {
            Shape shape = shape(raw);
            Object[] args = new Object[shape.types().length];
            for (int i = 0; i < args.length; i++) {
                args[i] = readValue(shape.types()[i], in);
            }
            try {
                return shape.constructor().newInstance(args);
            } catch (ReflectiveOperationException | RuntimeException e) { // a record refusing what it once accepted
                throw new IOException("cannot rebuild " + raw.getSimpleName() + ": " + e, e);
            }
        } else if (raw == List.class || raw == Set.class || raw == SortedSet.class) {
            int size = size(in);
            java.util.Collection<Object> items = raw == List.class ? new ArrayList<>(size)
                    : raw == Set.class ? new HashSet<>() : new java.util.TreeSet<>();
            for (int i = 0; i < size; i++) {
                items.add(readValue(argument(type, 0), in));
            }
            return items;
        } else if (raw == Map.class) {
            int size = size(in);
            Map<Object, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                map.put(readValue(argument(type, 0), in), readValue(argument(type, 1), in));
            }
            return map;
        }
        throw new Unsupported(type);
    }

    private static int size(DataInputStream in) throws IOException {
        int size = in.readInt();
        if (size < 0 || size > YamlCodec.MAX_FILE_BYTES) {
            throw new IOException("bad size " + size);
        }
        return size;
    }

    /** The permitted kinds of a sealed type, in a fixed order (by name: the order of declaration is not promised). */
    private Class<?>[] kinds(Class<?> sealed) {
        return kinds.computeIfAbsent(sealed, t -> {
            Class<?>[] permitted = t.getPermittedSubclasses().clone();
            java.util.Arrays.sort(permitted, java.util.Comparator.comparing(Class::getName));
            return permitted;
        });
    }

    private Shape shape(Class<?> type) {
        return shapes.computeIfAbsent(type, t -> {
            RecordComponent[] components = t.getRecordComponents();
            Method[] accessors = new Method[components.length];
            Class<?>[] classes = new Class<?>[components.length];
            Type[] types = new Type[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    accessors[i] = components[i].getAccessor();
                    accessors[i].setAccessible(true);
                    classes[i] = components[i].getType();
                    types[i] = components[i].getGenericType();
                }
                Constructor<?> canonical = t.getDeclaredConstructor(classes);
                canonical.setAccessible(true);
                return new Shape(components, types, accessors, canonical);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new Unsupported(t);
            }
        });
    }

    private static Object get(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("record accessor failed", e);
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        throw new Unsupported(type);
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        throw new Unsupported(type);
    }
}
