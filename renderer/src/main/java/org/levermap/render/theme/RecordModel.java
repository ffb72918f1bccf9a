package org.levermap.render.theme;

import freemarker.template.AdapterTemplateModel;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

/**
 * A view record as a template sees it: {@code x.name} calls the record's {@code name()}, and any other
 * public no-argument method reads the same way ({@code lever.documented}; {@code isEmpty()} also as
 * {@code empty}). Much cheaper than the general bean wrapper, which matters at tens of thousands of
 * pages: the accessors of each record type are looked up once.
 */
final class RecordModel implements TemplateHashModel, AdapterTemplateModel {

    private static final MethodType GENERIC = MethodType.methodType(Object.class, Object.class);

    private static final ClassValue<Map<String, MethodHandle>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            Map<String, MethodHandle> map = new HashMap<>();
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            for (Method m : type.getMethods()) {
                if (m.getParameterCount() != 0 || m.getReturnType() == void.class || Modifier.isStatic(m.getModifiers())
                        || m.getDeclaringClass() == Object.class || m.getDeclaringClass() == Record.class) {
                    continue;
                }
                try {
                    // (Object)Object, so that each read is an invokeExact without adapting types.
                    MethodHandle handle = lookup.unreflect(m).asType(GENERIC);
                    map.put(m.getName(), handle);
                    String name = m.getName();
                    if (name.startsWith("is") && name.length() > 2 && Character.isUpperCase(name.charAt(2))) {
                        map.putIfAbsent(Character.toLowerCase(name.charAt(2)) + name.substring(3), handle);
                    }
                } catch (IllegalAccessException e) {
                    // Not public to templates: leave it out.
                }
            }
            // A HashMap, not Map.copyOf: this lookup runs for every property a template reads.
            return java.util.Collections.unmodifiableMap(map);
        }
    };

    private final Record record;
    private final ObjectWrapper wrapper;

    RecordModel(Record record, ObjectWrapper wrapper) {
        this.record = record;
        this.wrapper = wrapper;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        MethodHandle accessor = ACCESSORS.get(record.getClass()).get(key);
        if (accessor == null) {
            return null;
        }
        try {
            Object value = (Object) accessor.invokeExact((Object) record);
            return value == null ? null : wrapper.wrap(value);
        } catch (TemplateModelException e) {
            throw e;
        } catch (Throwable e) {
            throw new TemplateModelException("cannot read '" + key + "' of " + record.getClass().getSimpleName(), e);
        }
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    @Override
    public Object getAdaptedObject(Class<?> hint) {
        return record;
    }
}
