package org.levermap.model.repo;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Map;

/**
 * Shares equal strings among the files of one load. Snapshots of a project repeat most of their text
 * month after month (names, paths, identities, commit ids), so a data repository of thousands of
 * snapshots holds a fraction of the strings it would otherwise. Values are read exactly as Jackson's
 * own string deserializer reads them; only the copies are shared.
 */
final class StringPool {

    /** The reader attribute holding the pool, a concurrent map; without it strings are not shared. */
    static final String ATTRIBUTE = "levermap.string-pool";

    private StringPool() {
    }

    /** The copy of {@code value} the files of one load share ({@code value} itself when it is the first, or no pool). */
    static String shared(Map<String, String> pool, String value) {
        if (value == null || pool == null) {
            return value;
        }
        String shared = pool.get(value);
        if (shared != null) {
            return shared;
        }
        shared = pool.putIfAbsent(value, value);
        return shared == null ? value : shared;
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("levermap-string-pool");
        module.addDeserializer(String.class, new Pooled());
        return module;
    }

    private static final class Pooled extends StdScalarDeserializer<String> {

        private static final long serialVersionUID = 1L;

        Pooled() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            @SuppressWarnings("unchecked")
            Map<String, String> pool = (Map<String, String>) ctxt.getAttribute(ATTRIBUTE);
            return shared(pool, StringDeserializer.instance.deserialize(p, ctxt));
        }

        @Override
        public com.fasterxml.jackson.databind.type.LogicalType logicalType() {
            return com.fasterxml.jackson.databind.type.LogicalType.Textual;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }
}
