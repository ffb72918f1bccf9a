package org.levermap.render.theme;

import java.io.Writer;
import java.util.Arrays;

/**
 * A {@link Writer} that encodes to UTF-8 as it goes, into a growing byte array. A page is written
 * once: it is not first built as text (which turns into two bytes a character at the first non-Latin-1
 * character, a dash or an arrow in every page) and then encoded. Not thread-safe; unpaired surrogates
 * become '?', as in {@link String#getBytes(java.nio.charset.Charset)}.
 */
final class Utf8Writer extends Writer {

    private byte[] bytes;
    private final char[] chunk = new char[2048];
    private int size;
    /** The high surrogate of a pair whose low half has not come yet, or 0. */
    private char high;

    Utf8Writer(int capacity) {
        this.bytes = new byte[capacity];
    }

    @Override
    public void write(String s, int offset, int length) {
        // Copying out the characters is cheap, and leaves one encoding loop, over an array.
        for (int done = 0; done < length;) {
            int n = Math.min(length - done, chunk.length);
            s.getChars(offset + done, offset + done + n, chunk, 0);
            write(chunk, 0, n);
            done += n;
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        int i = offset;
        int end = offset + length;
        if (high == 0) {
            ensure(length);
            // Locals, not fields, in the loop that copies most of every page.
            byte[] b = bytes;
            int n = size;
            for (char c; i < end && (c = chars[i]) < 0x80; i++) {
                b[n++] = (byte) c;
            }
            size = n;
        }
        if (i < end) {
            ensure(3 * (end - i) + 1);
            for (; i < end; i++) {
                put(chars[i]);
            }
        }
    }

    @Override
    public void write(String s) {
        write(s, 0, s.length());
    }

    @Override
    public void write(int c) {
        ensure(4);
        put((char) c);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** What was written, encoded. */
    byte[] toByteArray() {
        if (high != 0) {
            ensure(1);
            bytes[size++] = '?';
            high = 0;
        }
        return Arrays.copyOf(bytes, size);
    }

    /** Encodes one character; the caller has made room for three bytes (four with a waiting high surrogate). */
    private void put(char c) {
        if (high != 0) {
            char h = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(h, c);
                bytes[size++] = (byte) (0xF0 | cp >> 18);
                bytes[size++] = (byte) (0x80 | (cp >> 12 & 0x3F));
                bytes[size++] = (byte) (0x80 | (cp >> 6 & 0x3F));
                bytes[size++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            bytes[size++] = '?';
        }
        if (c < 0x80) {
            bytes[size++] = (byte) c;
        } else if (c < 0x800) {
            bytes[size++] = (byte) (0xC0 | c >> 6);
            bytes[size++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[size++] = '?';
        } else {
            bytes[size++] = (byte) (0xE0 | c >> 12);
            bytes[size++] = (byte) (0x80 | (c >> 6 & 0x3F));
            bytes[size++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void ensure(int more) {
        if (bytes.length - size < more) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + more));
        }
    }
}
