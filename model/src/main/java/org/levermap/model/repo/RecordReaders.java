package org.levermap.model.repo;

import java.io.DataInputStream;
import java.io.IOException;
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
 * Reads {@link RecordCodec}'s binary form: one reader per declared type, made once (asking what a type
 * is, a record, a sealed type, an enum, costs more than reading a value when asked for every value).
 * A component's reader is made at its first value, so types that contain themselves terminate and a
 * type the codec does not know fails only when a value of it is there.
 */
final class RecordReaders {

    /** Reads the value after its presence byte; the strings it reads go through {@code pool}. */
    @FunctionalInterface
    interface Reader {
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

    private final RecordTypes types;
    private final Map<Type, Reader> readers = new ConcurrentHashMap<>();
    /** Levermap's enums named in entries, by class name. */
    private final Map<String, Object[]> namedEnums = new ConcurrentHashMap<>();
    /**
     * Each day read, once: the summaries of a large site hold a few hundred days millions of times (a
     * change's date, its snapshot's; 3 million of them, 73 MB of the heap, at 10,000 projects × 24).
     */
    private final Map<Long, LocalDate> days = new ConcurrentHashMap<>();

    RecordReaders(RecordTypes types) {
        this.types = types;
    }

    /**
     * The reader of a declared type, made once per type (per load): the test of what a type is
     * (record, sealed, enum...) is reflection, far dearer than the reading itself when asked per value.
     * A component's reader is made at its first value, so types that contain themselves terminate and a
     * type the codec does not know fails only when a value of it is there, as it always did.
     */
    Reader reader(Type type) {
        // Making one never asks for another (components are resolved lazily), so it may run inside the map.
        return readers.computeIfAbsent(type, this::makeReader);
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

    private Reader makeReader(Type type) {
        Class<?> raw = RecordTypes.raw(type);
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
            return (in, pool) -> days.computeIfAbsent(in.readLong(), LocalDate::ofEpochDay);
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
        } else if (RecordTypes.namesItsEnum(raw)) {
            return (in, pool) -> {
                String name = in.readUTF();
                return constant(namedEnum(name, raw), in.readInt(), name);
            };
        } else if (raw.isSealed()) {
            Class<?>[] kinds = types.kinds(raw);
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
            RecordTypes.Shape shape = types.shape(raw);
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
            Reader item = lazyReader(RecordTypes.argument(type, 0));
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
            Reader key = lazyReader(RecordTypes.argument(type, 0));
            Reader value = lazyReader(RecordTypes.argument(type, 1));
            return (in, pool) -> {
                int size = size(in);
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < size; i++) {
                    map.put(key.read(in, pool), value.read(in, pool));
                }
                return map;
            };
        }
        throw new RecordCodec.Unsupported(type);
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
            if (!name.startsWith(RecordTypes.MODEL_PACKAGE)) {
                throw new IOException("enum " + name + " is not levermap's");
            }
            Class<?> declaring;
            try {
                declaring = Class.forName(name, false, RecordReaders.class.getClassLoader());
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

    private static int size(DataInputStream in) throws IOException {
        int size = in.readInt();
        if (size < 0 || size > YamlCodec.MAX_FILE_BYTES) {
            throw new IOException("bad size " + size);
        }
        return size;
    }

}
