package org.levermap.model.repo;

import java.lang.ref.SoftReference;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records a long-running process (the preview server, a benchmark) keeps decoded from one build to the
 * next, under the keys of the {@link RecordCache} they came from: a rebuild then takes an unchanged
 * project's summary, fork links and project, actor and alliance records without reading or decoding a
 * cache entry. A key names the exact content a record was read or derived from, so a record kept here
 * is the one the entry would give. Snapshots are not kept (a build reads them once for its pages), and
 * the records are held softly: under memory pressure the collector takes them and the build reads the
 * entries again, so a memory never costs the bounded heap of a large build. After each complete build
 * only what that build used is kept.
 */
public final class RecordMemory {

    private final Map<String, SoftReference<Record>> records = new ConcurrentHashMap<>();

    /** An empty memory, for one process's builds of one or more data repositories. */
    public RecordMemory() {
    }

    /** The record kept under {@code key} of cache {@code folder}, if the collector has not taken it. */
    <T extends Record> T get(String folder, String key, Class<T> type) {
        SoftReference<Record> kept = records.get(name(folder, key, type));
        Record value = kept == null ? null : kept.get();
        return type.isInstance(value) ? type.cast(value) : null;
    }

    void put(String folder, String key, Record value) {
        records.put(name(folder, key, value.getClass()), new SoftReference<>(value));
    }

    /** After a complete build: forgets what cache {@code folder} kept and that build did not use. */
    void retain(String folder, Set<String> used) {
        String prefix = folder + "\n";
        records.entrySet().removeIf(e -> e.getKey().startsWith(prefix)
                && (e.getValue().get() == null || !used.contains(keyOf(e.getKey(), prefix))));
    }

    /** How many records are kept (taken by the collector or not). */
    int size() {
        return records.size();
    }

    private static String name(String folder, String key, Class<?> type) {
        return folder + "\n" + key + "\n" + type.getName();
    }

    private static String keyOf(String name, String prefix) {
        return name.substring(prefix.length(), name.lastIndexOf('\n'));
    }
}
