package org.levermap.model.repo;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Map;

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

    /** Equal strings of all records share one copy, as {@link StringPool} does for parsed files. */
    private final Map<String, String> pool;
    private final RecordReaders readers;
    private final RecordWriters writers;

    RecordCodec(Map<String, String> pool) {
        this(pool, new RecordTypes());
    }

    private RecordCodec(Map<String, String> pool, RecordTypes types) {
        this(pool, new RecordReaders(types), new RecordWriters(types));
    }

    private RecordCodec(Map<String, String> pool, RecordReaders readers, RecordWriters writers) {
        this.pool = pool;
        this.readers = readers;
        this.writers = writers;
    }

    /** This codec sharing strings through another pool (one project's records, say, dropped with them). */
    RecordCodec sharing(Map<String, String> other) {
        return other == pool ? this : new RecordCodec(other, readers, writers);
    }

    void write(Record value, DataOutputStream out) throws IOException {
        writers.writer(value.getClass()).write(value, out);
    }

    <T extends Record> T read(Class<T> type, DataInputStream in) throws IOException {
        return type.cast(readers.reader(type).read(in, pool));
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

}
