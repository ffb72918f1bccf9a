package org.levermap.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;

/**
 * A writer that makes every message safe for a terminal: data from a repository or a file may hold
 * control characters (an ESC sequence retitles the terminal or clears it; a carriage return or a
 * bidirectional override hides text), so each is written as a visible escape ({@code \x1b},
 * {@code \u009b}, {@code \u202e}). New lines and tabs pass; a carriage return only where the
 * platform's line separator has one.
 */
final class TerminalText extends FilterWriter {

    private static final boolean CRLF = System.lineSeparator().contains("\r");

    private TerminalText(Writer out) {
        super(out);
    }

    /** {@code out}, escaping control characters; auto-flushing as {@link Main}'s writers are. */
    static PrintWriter safe(PrintWriter out) {
        return new PrintWriter(new TerminalText(out), true);
    }

    /** {@code text} with its control characters escaped. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            append(b, text.charAt(i));
        }
        return b.toString();
    }

    private static void append(StringBuilder b, char c) {
        if (c == '\n' || c == '\t' || c == '\r' && CRLF) {
            b.append(c);
        } else if (c < 0x20 || c == 0x7f) {
            b.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
        } else if (c >= 0x80 && c <= 0x9f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        } else {
            b.append(c);
        }
    }

    @Override
    public void write(int c) throws IOException {
        out.write(escape(String.valueOf((char) c)));
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        out.write(escape(new String(chars, offset, length)));
    }

    @Override
    public void write(String s, int offset, int length) throws IOException {
        out.write(escape(s.substring(offset, offset + length)));
    }
}
