package org.levermap.model.repo;

import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes {@link RecordCodec}'s binary form: one writer per declared type, made once, as {@link
 * RecordReaders} makes its readers.
 */
final class RecordWriters {

    /** Writes a present value (the presence byte is written before). */
    @FunctionalInterface
    interface Writer {
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

    private final RecordTypes types;
    private final Map<Type, Writer> writers = new ConcurrentHashMap<>();

    RecordWriters(RecordTypes types) {
        this.types = types;
    }

    Writer writer(Type type) {
        // Making one never asks for another (components are resolved lazily), so it may run inside the map.
        return writers.computeIfAbsent(type, this::makeWriter);
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
        Class<?> raw = RecordTypes.raw(type);
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
        } else if (RecordTypes.namesItsEnum(raw)) {
            // An enum constant of any type (a phrase's key, a Keyword): its class travels with it.
            return (value, out) -> {
                if (!(value instanceof Enum<?> constant)) {
                    throw new RecordCodec.Unsupported(value.getClass());
                }
                Class<?> declaring = constant.getDeclaringClass();
                if (!declaring.getName().startsWith(RecordTypes.MODEL_PACKAGE) || !raw.isAssignableFrom(declaring)) {
                    throw new RecordCodec.Unsupported(declaring);
                }
                out.writeUTF(declaring.getName());
                out.writeInt(constant.ordinal());
            };
        } else if (raw.isSealed()) {
            List<Class<?>> kinds = java.util.Arrays.asList(types.kinds(raw));
            return (value, out) -> {
                int kind = kinds.indexOf(value.getClass());
                if (kind < 0 || !value.getClass().isRecord()) {
                    throw new RecordCodec.Unsupported(value.getClass());
                }
                out.writeInt(kind);
                writer(value.getClass()).write(value, out);
            };
        } else if (raw.isRecord()) {
            RecordTypes.Shape shape = types.shape(raw);
            Writer[] parts = new Writer[shape.types().length];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = lazyWriter(shape.types()[i]);
            }
            return (value, out) -> {
                for (int i = 0; i < parts.length; i++) {
                    parts[i].write(RecordTypes.get(shape.accessors()[i], value), out);
                }
            };
        } else if (raw == List.class || raw == Set.class || raw == SortedSet.class) {
            Writer item = lazyWriter(RecordTypes.argument(type, 0));
            return (value, out) -> {
                java.util.Collection<?> items = (java.util.Collection<?>) value;
                out.writeInt(items.size());
                for (Object i : items) {
                    item.write(i, out);
                }
            };
        } else if (raw == Map.class) {
            Writer key = lazyWriter(RecordTypes.argument(type, 0));
            Writer val = lazyWriter(RecordTypes.argument(type, 1));
            return (value, out) -> {
                Map<?, ?> map = (Map<?, ?>) value;
                out.writeInt(map.size());
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    key.write(e.getKey(), out);
                    val.write(e.getValue(), out);
                }
            };
        }
        throw new RecordCodec.Unsupported(type);
    }

}
