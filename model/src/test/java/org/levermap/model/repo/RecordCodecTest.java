package org.levermap.model.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RecordCodecTest {

    private final Map<String, String> pool = new ConcurrentHashMap<>();
    private final RecordCodec codec = new RecordCodec(pool);

    private byte[] bytes(Record value) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        codec.write(value, new DataOutputStream(buffer));
        return buffer.toByteArray();
    }

    private <T extends Record> T read(Class<T> type, byte[] bytes) throws IOException {
        return codec.read(type, new DataInputStream(new ByteArrayInputStream(bytes)));
    }

    @ParameterizedTest
    @EnumSource(FileKind.class)
    void everyRecordTypeReadsBackEqual(FileKind kind) throws IOException {
        for (String text : Fixtures.AWKWARD) {
            Record original = Fixtures.of(kind, text);
            assertEquals(original, read(kind.type(), bytes(original)), () -> kind + " with " + text);
        }
    }

    @Test
    void equalStringsOfTwoRecordsShareOneCopy() throws IOException {
        Record a = read(FileKind.PROJECT.type(), bytes(Fixtures.of(FileKind.PROJECT, "shared text")));
        Record b = read(FileKind.PROJECT.type(), bytes(Fixtures.of(FileKind.PROJECT, "shared text")));
        assertEquals(a, b);
        assertTrue(((org.levermap.model.Project) a).name() == ((org.levermap.model.Project) b).name());
    }

    @Test
    void equalDaysOfTwoRecordsShareOneCopy() throws IOException {
        org.levermap.model.Snapshot a = (org.levermap.model.Snapshot) read(FileKind.SNAPSHOT.type(),
                bytes(Fixtures.of(FileKind.SNAPSHOT, "x")));
        org.levermap.model.Snapshot b = (org.levermap.model.Snapshot) read(FileKind.SNAPSHOT.type(),
                bytes(Fixtures.of(FileKind.SNAPSHOT, "y")));
        assertEquals(a.date(), b.date());
        assertTrue(a.date() == b.date());
    }

    @Test
    void aTruncatedEntryIsAnErrorNotAValue() throws IOException {
        byte[] whole = bytes(Fixtures.of(FileKind.SNAPSHOT, "x"));
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        assertThrows(IOException.class, () -> read(FileKind.SNAPSHOT.type(), cut));
    }

    record Odd(Object anything) {
    }

    @Test
    void aTypeWithoutBinaryFormIsRefused() {
        assertThrows(RecordCodec.Unsupported.class, () -> bytes(new Odd("x")));
    }
}
