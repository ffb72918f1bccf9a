package org.levermap.model.repo;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.List;
import org.levermap.model.Count;
import org.levermap.model.Id;
import org.levermap.model.Required;
import org.levermap.model.Share;
import org.levermap.model.Source;

/**
 * What validation needs to know about one record class, read once per class: its components, their
 * YAML keys and their constraint annotations. Reading these reflectively for every value was most
 * of the cost of loading a large data repository.
 */
record RecordShape(List<Component> components) {

    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return of(type);
        }
    };

    /** One component and what is declared about it. */
    record Component(String key, MethodHandle accessor, boolean required, Id id, boolean source, boolean share,
            boolean count) {

        Object read(Record record) {
            try {
                return accessor.invoke(record);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + key + " of " + record.getClass().getSimpleName(), e);
            }
        }
    }

    static RecordShape of(Record record) {
        return SHAPES.get(record.getClass());
    }

    private static RecordShape of(Class<?> type) {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        RecordComponent[] declared = type.getRecordComponents();
        Component[] components = new Component[declared.length];
        for (int i = 0; i < declared.length; i++) {
            RecordComponent c = declared[i];
            try {
                components[i] = new Component(RecordChecks.key(c), lookup.unreflect(c.getAccessor()),
                        c.isAnnotationPresent(Required.class), c.getAnnotation(Id.class), c.isAnnotationPresent(Source.class),
                        c.isAnnotationPresent(Share.class), c.isAnnotationPresent(Count.class));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("model records must be public: " + type, e);
            }
        }
        return new RecordShape(List.of(components));
    }
}
