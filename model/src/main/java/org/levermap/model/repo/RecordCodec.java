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
    /** Per declared type, made once per codec and shared by the codecs {@link #sharing} it. */
    private final Map<Type, Reader> readers;
    private final Map<Type, Writer> writers;
    /** Levermap's enums named in entries, by class name. */
    private final Map<String, Object[]> namedEnums;
    /** Equal strings of all records share one copy, as {@link StringPool} does for parsed files. */
    private final Map<String, String> pool;

    RecordCodec(Map<String, String> pool) {
        this(pool, new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>(),
                new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    }

    private RecordCodec(Map<String, String> pool, Map<Class<?>, Shape> shapes, Map<Class<?>, Class<?>[]> kinds,
            Map<Type, Reader> readers, Map<Type, Writer> writers, Map<String, Object[]> namedEnums) {
        this.pool = pool;
        this.shapes = shapes;
        this.kinds = kinds;
        this.readers = readers;
        this.writers = writers;
        this.namedEnums = namedEnums;
    }

    /** This codec sharing strings through another pool (one project's records, say, dropped with them). */
    RecordCodec sharing(Map<String, String> other) {
        return other == pool ? this : new RecordCodec(other, shapes, kinds, readers, writers, namedEnums);
    }

    void write(Record value, DataOutputStream out) throws IOException {
        writer(value.getClass()).write(value, out);
    }

    <T extends Record> T read(Class<T> type, DataInputStream in) throws IOException {
        return type.cast(reader(type).read(in, pool));
    }

    /** Reads the value after its presence byte; the strings it reads go through {@code pool}. */
    @FunctionalInterface
    private interface Reader {
        Object value(DataInputStream in, Map<String, String> pool) throws IOException;

        /** The presence byte, then the value or null. */
        default Object read(DataInputStream in, Map<String, String> pool) throws IOException {
            byte present = in.readByte();
            if (present == 0) {
                return null;
            }
            if (present != 1) {
                throw new IOException("bad presence byte " + present);
            }
            return value(in, pool);
        }
    }

    /** Writes a present value (the presence byte is written before). */
    @FunctionalInterface
    private interface Writer {
        void value(Object value, DataOutputStream out) throws IOException;

        default void write(Object value, DataOutputStream out) throws IOException {
            if (value == null) {
                out.writeByte(0);
                return;
            }
            out.writeByte(1);
            value(value, out);
        }
    }

    /**
     * The reader of a declared type, made once per type (per load): the test of what a type is
     * (record, sealed, enum...) is reflection, far dearer than the reading itself when asked per value.
     * A component's reader is made at its first value, so types that contain themselves terminate and a
     * type the codec does not know fails only when a value of it is there, as it always did.
     */
    private Reader reader(Type type) {
        Reader known = readers.get(type);
        if (known != null) {
            return known;
        }
        Reader made = makeReader(type);
        Reader raced = readers.putIfAbsent(type, made);
        return raced != null ? raced : made;
    }

    private Writer writer(Type type) {
        Writer known = writers.get(type);
        if (known != null) {
            return known;
        }
        Writer made = makeWriter(type);
        Writer raced = writers.putIfAbsent(type, made);
        return raced != null ? raced : made;
    }

    /** A reader resolved at its first use (see {@link #reader}). */
    private Reader lazyReader(Type type) {
        Reader[] resolved = new Reader[1];
        return (in, pool) -> {
            Reader r = resolved[0];
            if (r == null) {
                r = reader(type);
                resolved[0] = r;
            }
            return r.value(in, pool);
        };
    }

    private Writer lazyWriter(Type type) {
        Writer[] resolved = new Writer[1];
        return (value, out) -> {
            Writer w = resolved[0];
            if (w == null) {
                w = writer(type);
                resolved[0] = w;
            }
            w.value(value, out);
        };
    }

    private Writer makeWriter(Type type) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return (value, out) -> {
                byte[] bytes = ((String) value).getBytes(StandardCharsets.UTF_8);
                out.writeInt(bytes.length);
                out.write(bytes);
            };
        } else if (raw == Integer.class || raw == int.class) {
            return (value, out) -> out.writeInt((Integer) value);
        } else if (raw == Long.class || raw == long.class) {
            return (value, out) -> out.writeLong((Long) value);
        } else if (raw == Double.class || raw == double.class) {
            return (value, out) -> out.writeDouble((Double) value);
        } else if (raw == Boolean.class || raw == boolean.class) {
            return (value, out) -> out.writeBoolean((Boolean) value);
        } else if (raw == LocalDate.class) {
            return (value, out) -> out.writeLong(((LocalDate) value).toEpochDay());
        } else if (raw == OffsetDateTime.class) {
            return (value, out) -> {
                OffsetDateTime t = (OffsetDateTime) value;
                out.writeLong(t.toEpochSecond());
                out.writeInt(t.getNano());
                out.writeInt(t.getOffset().getTotalSeconds());
            };
        } else if (raw == Instant.class) {
            return (value, out) -> {
                out.writeLong(((Instant) value).getEpochSecond());
                out.writeInt(((Instant) value).getNano());
            };
        } else if (raw.isEnum()) {
            return (value, out) -> out.writeInt(((Enum<?>) value).ordinal());
        } else if (namesItsEnum(raw)) {
            // An enum constant of any type (a phrase's key, a Keyword): its class travels with it.
            return (value, out) -> {
                if (!(value instanceof Enum<?> constant)) {
                    throw new Unsupported(value.getClass());
                }
                Class<?> declaring = constant.getDeclaringClass();
                if (!declaring.getName().startsWith(MODEL_PACKAGE) || !raw.isAssignableFrom(declaring)) {
                    throw new Unsupported(declaring);
                }
                out.writeUTF(declaring.getName());
                out.writeInt(constant.ordinal());
            };
        } else if (raw.isSealed()) {
            List<Class<?>> kinds = java.util.Arrays.asList(kinds(raw));
            return (value, out) -> {
                int kind = kinds.indexOf(value.getClass());
                if (kind < 0 || !value.getClass().isRecord()) {
                    throw new Unsupported(value.getClass());
                }
                out.writeInt(kind);
                writer(value.getClass()).write(value, out);
            };
        } else if (raw.isRecord()) {
            Shape shape = shape(raw);
            Writer[] parts = new Writer[shape.types().length];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = lazyWriter(shape.types()[i]);
            }
            return (value, out) -> {
                for (int i = 0; i < parts.length; i++) {
                    parts[i].write(get(shape.accessors()[i], value), out);
                }
            };
        } else if (raw == List.class || raw == Set.class || raw == SortedSet.class) {
            Writer item = lazyWriter(argument(type, 0));
            return (value, out) -> {
                java.util.Collection<?> items = (java.util.Collection<?>) value;
                out.writeInt(items.size());
                for (Object i : items) {
                    item.write(i, out);
                }
            };
        } else if (raw == Map.class) {
            Writer key = lazyWriter(argument(type, 0));
            Writer val = lazyWriter(argument(type, 1));
            return (value, out) -> {
                Map<?, ?> map = (Map<?, ?>) value;
                out.writeInt(map.size());
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    key.write(e.getKey(), out);
                    val.write(e.getValue(), out);
                }
            };
        }
        throw new Unsupported(type);
    }

    /** A type whose values are constants of enums named in the entry (Enum itself, or an open interface). */
    private static boolean namesItsEnum(Class<?> raw) {
        return raw == Enum.class || (raw.isInterface() && !raw.isSealed()
                && !java.util.Collection.class.isAssignableFrom(raw) && raw != Map.class);
    }

    private Reader makeReader(Type type) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return (in, pool) -> {
                int length = in.readInt();
                if (length < 0 || length > YamlCodec.MAX_FILE_BYTES) {
                    throw new IOException("bad string length " + length);
                }
                byte[] bytes = in.readNBytes(length);
                if (bytes.length != length) {
                    throw new IOException("truncated string");
                }
                String s = new String(bytes, StandardCharsets.UTF_8);
                // Most strings are in the pool already: a lookup takes no lock where putIfAbsent may.
                String shared = pool.get(s);
                if (shared == null) {
                    shared = pool.putIfAbsent(s, s);
                }
                return shared == null ? s : shared;
            };
        } else if (raw == Integer.class || raw == int.class) {
            return (in, pool) -> in.readInt();
        } else if (raw == Long.class || raw == long.class) {
            return (in, pool) -> in.readLong();
        } else if (raw == Double.class || raw == double.class) {
            return (in, pool) -> in.readDouble();
        } else if (raw == Boolean.class || raw == boolean.class) {
            return (in, pool) -> in.readBoolean();
        } else if (raw == LocalDate.class) {
            return (in, pool) -> LocalDate.ofEpochDay(in.readLong());
        } else if (raw == OffsetDateTime.class) {
            return (in, pool) -> {
                long seconds = in.readLong();
                int nano = in.readInt();
                return OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds, nano),
                        ZoneOffset.ofTotalSeconds(in.readInt()));
            };
        } else if (raw == Instant.class) {
            return (in, pool) -> Instant.ofEpochSecond(in.readLong(), in.readInt());
        } else if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return (in, pool) -> constant(constants, in.readInt(), raw.getSimpleName());
        } else if (namesItsEnum(raw)) {
            return (in, pool) -> {
                String name = in.readUTF();
                return constant(namedEnum(name, raw), in.readInt(), name);
            };
        } else if (raw.isSealed()) {
            Class<?>[] kinds = kinds(raw);
            Reader[] readers = new Reader[kinds.length];
            for (int i = 0; i < kinds.length; i++) {
                readers[i] = lazyReader(kinds[i]);
            }
            return (in, pool) -> {
                int kind = in.readInt();
                if (kind < 0 || kind >= kinds.length) {
                    throw new IOException("bad kind " + kind + " of " + raw.getSimpleName());
                }
                return readers[kind].read(in, pool);
            };
        } else if (raw.isRecord()) {
            Shape shape = shape(raw);
            Reader[] parts = new Reader[shape.types().length];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = lazyReader(shape.types()[i]);
            }
            return (in, pool) -> {
                Object[] args = new Object[parts.length];
                for (int i = 0; i < args.length; i++) {
                    args[i] = parts[i].read(in, pool);
                }
                try {
                    return shape.constructor().newInstance(args);
                } catch (ReflectiveOperationException | RuntimeException e) { // a record refusing what it once accepted
                    throw new IOException("cannot rebuild " + raw.getSimpleName() + ": " + e, e);
                }
            };
        } else if (raw == List.class || raw == Set.class || raw == SortedSet.class) {
            Reader item = lazyReader(argument(type, 0));
            return (in, pool) -> {
                int size = size(in);
                java.util.Collection<Object> items = raw == List.class ? new ArrayList<>(size)
                        : raw == Set.class ? new HashSet<>() : new java.util.TreeSet<>();
                for (int i = 0; i < size; i++) {
                    items.add(item.read(in, pool));
                }
                return items;
            };
        } else if (raw == Map.class) {
            Reader key = lazyReader(argument(type, 0));
            Reader value = lazyReader(argument(type, 1));
            return (in, pool) -> {
                int size = size(in);
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < size; i++) {
                    map.put(key.read(in, pool), value.read(in, pool));
                }
                return map;
            };
        }
        throw new Unsupported(type);
    }

    private static Object constant(Object[] constants, int ordinal, String of) throws IOException {
        if (ordinal < 0 || ordinal >= constants.length) {
            throw new IOException("bad ordinal " + ordinal + " of " + of);
        }
        return constants[ordinal];
    }

    /** The constants of the levermap enum {@code name}, which must be a kind of {@code raw}. */
    private Object[] namedEnum(String name, Class<?> raw) throws IOException {
        Object[] known = namedEnums.get(name);
        if (known == null) {
            if (!name.startsWith(MODEL_PACKAGE)) {
                throw new IOException("enum " + name + " is not levermap's");
            }
            Class<?> declaring;
            try {
                declaring = Class.forName(name, false, RecordCodec.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IOException("no enum " + name);
            }
            if (!declaring.isEnum()) {
                throw new IOException(name + " is not an enum");
            }
            known = declaring.getEnumConstants();
            namedEnums.putIfAbsent(name, known);
        }
        if (!raw.isAssignableFrom(known.getClass().getComponentType())) {
            throw new IOException(name + " is not an enum of " + raw.getSimpleName());
        }
        return known;
    }

    /**
     * A stream over {@code length} bytes of {@code bytes}: a {@link java.io.ByteArrayInputStream} takes a
     * lock for every byte, and {@link DataInputStream#readInt} reads four of them.
     */
    static DataInputStream input(byte[] bytes, int offset, int length) {
        return new DataInputStream(new java.io.InputStream() {
            private int at = offset;
            private final int end = offset + length;

            @Override
            public int read() {
                return at < end ? bytes[at++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Objects.checkFromIndexSize(off, len, b.length);
                if (len == 0) {
                    return 0;
                }
                if (at >= end) {
                    return -1;
                }
                int n = Math.min(len, end - at);
                System.arraycopy(bytes, at, b, off, n);
                at += n;
                return n;
            }

            @Override
            public int available() {
                return end - at;
            }
        });
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
