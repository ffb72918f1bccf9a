package org.levermap.collect.git;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32;
import org.levermap.model.repo.TempFiles;

/**
 * A cache file of the collectors (the history index, the trees' license files): bytes followed by a
 * CRC-32 of them (i64), replaced whole through a file renamed into place, so that a reader (another
 * shard, another run) sees the old file or the new one, never half of one, and damage reads as no file.
 * Integers are big-endian; a string is its UTF-8 length (u32) and bytes.
 */
public final class CheckedFile {

    private CheckedFile() {
    }

    /**
     * What {@code parse} makes of the bytes of {@code file} before their CRC; {@code none} when the file is
     * missing, unreadable or damaged, or when {@code parse} runs out of bytes or finds a count or number
     * out of range.
     */
    public static <T> T read(Path file, java.util.function.Function<ByteBuffer, T> parse, T none) {
        ByteBuffer in = read(file);
        if (in == null) {
            return none;
        }
        try {
            return parse.apply(in);
        } catch (java.nio.BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException
                | NegativeArraySizeException e) {
            return none;
        }
    }

    /** The bytes of {@code file} before their CRC when it is whole; null when missing, unreadable or damaged. */
    static ByteBuffer read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            return null;
        }
        if (bytes.length < 8) {
            return null;
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        return in.getLong(bytes.length - 8) != crc.getValue() ? null : in.limit(bytes.length - 8);
    }

    /**
     * Writes the bytes {@code out} holds up to its position, then their CRC (the buffer must have 8 bytes
     * left for it), to {@code file} through a file beside it named {@code prefix}….tmp.
     */
    public static void write(Path file, ByteBuffer out, String prefix) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(out.array(), 0, out.position());
        out.putLong(crc.getValue());
        Files.createDirectories(file.getParent());
        Path temp = TempFiles.createFile(file.getParent(), prefix, ".tmp");
        try {
            Files.write(temp, java.util.Arrays.copyOf(out.array(), out.position()));
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * What a cache file begins with: its kind ({@code magic}), the layout it was written in, the code that
     * wrote it and the repository it is of. A file whose header is another's (another kind, an older
     * layout, another levermap, another repository) is not used.
     */
    public record Header(int magic, int format, String code, String repository) {

        /** Its bytes as written. */
        public int size() {
            return 4 + 4 + 4 + utf8(code).length + 4 + utf8(repository).length;
        }

        public void put(ByteBuffer out) {
            byte[] c = utf8(code);
            byte[] r = utf8(repository);
            out.putInt(magic).putInt(format).putInt(c.length).put(c).putInt(r.length).put(r);
        }

        /** Whether {@code in} begins with this header; reads past it. */
        public boolean readFrom(ByteBuffer in) {
            return in.getInt() == magic && in.getInt() == format && string(in).equals(code)
                    && string(in).equals(repository);
        }

        private static byte[] utf8(String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** A string as written: its UTF-8 length, then its bytes. */
    public static String string(ByteBuffer in) {
        byte[] b = new byte[count(in, 1)];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** A count read from the file, checked against the bytes left so that damage cannot ask for a huge array. */
    public static int count(ByteBuffer in, int bytesEach) {
        int n = in.getInt();
        if (n < 0 || (long) n * bytesEach > in.remaining()) {
            throw new IllegalArgumentException("count beyond the file");
        }
        return n;
    }
}
