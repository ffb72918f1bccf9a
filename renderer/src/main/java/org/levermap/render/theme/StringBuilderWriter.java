package org.levermap.render.theme;

import java.io.Writer;

/** A {@link Writer} into a {@link StringBuilder}: StringWriter's StringBuffer locks on every write. */
final class StringBuilderWriter extends Writer {

    private final StringBuilder out;

    StringBuilderWriter(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        out.append(chars, offset, length);
    }

    @Override
    public void write(String s, int offset, int length) {
        out.append(s, offset, offset + length);
    }

    @Override
    public void write(String s) {
        out.append(s);
    }

    @Override
    public void write(int c) {
        out.append((char) c);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
