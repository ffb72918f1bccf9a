package org.levermap.model.repo;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@link RecordCodec} knows of the types it takes apart: each record's components and canonical
 * constructor, each sealed type's kinds, found once per load and shared by its readers and writers.
 */
final class RecordTypes {

    /** How to take apart and rebuild one record type (plain reflection: faster here than method handles invoked with arguments). */
    record Shape(Type[] types, Method[] accessors, Constructor<?> constructor) {
    }

    /** Only levermap's own enums are named in an entry, and only they are loaded when reading one. */
    static final String MODEL_PACKAGE = "org.levermap.";
    private final Map<Class<?>, Class<?>[]> kinds = new ConcurrentHashMap<>();
    /** Per record class, found once per codec (one codec per cache, one cache per load). */
    private final Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();

    /** The permitted kinds of a sealed type, in a fixed order (by name: the order of declaration is not promised). */
    Class<?>[] kinds(Class<?> sealed) {
        return kinds.computeIfAbsent(sealed, t -> {
            Class<?>[] permitted = t.getPermittedSubclasses().clone();
            java.util.Arrays.sort(permitted, java.util.Comparator.comparing(Class::getName));
            return permitted;
        });
    }

    Shape shape(Class<?> type) {
        return shapes.computeIfAbsent(type, t -> {
            RecordComponent[] components = t.getRecordComponents();
            Method[] accessors = new Method[components.length];
            Type[] types = new Type[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    accessors[i] = components[i].getAccessor();
                    accessors[i].setAccessible(true);
                    types[i] = components[i].getGenericType();
                }
                return new Shape(types, accessors, canonical(t));
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new RecordCodec.Unsupported(t);
            }
        });
    }

    /** The canonical constructor of the record {@code type}, made accessible (the record may be private to its package). */
    static Constructor<?> canonical(Class<?> type) throws NoSuchMethodException {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] classes = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            classes[i] = components[i].getType();
        }
        Constructor<?> canonical = type.getDeclaredConstructor(classes);
        canonical.setAccessible(true);
        return canonical;
    }

    static Object get(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("record accessor failed", e);
        }
    }

    /** A type whose values are constants of enums named in the entry (Enum itself, or an open interface). */
    static boolean namesItsEnum(Class<?> raw) {
        return raw == Enum.class || (raw.isInterface() && !raw.isSealed()
                && !java.util.Collection.class.isAssignableFrom(raw) && raw != Map.class);
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        throw new RecordCodec.Unsupported(type);
    }

    static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        throw new RecordCodec.Unsupported(type);
    }
}
