package org.levermap.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * One of a daemon build's two output streams, sent over the client's socket as whole lines, each behind
 * the stream's letter ({@code o} for out, {@code e} for err) and a space, so that the launcher can put
 * each line back on the stream it was written to. Both writers of a request share the socket, and each
 * line goes out whole (under the socket's lock) as soon as it ends.
 */
final class ChannelWriter extends Writer {

    private final OutputStream socket;
    private final char letter;
    private final StringBuilder line = new StringBuilder();

    ChannelWriter(OutputStream socket, char letter) {
        super(socket);
        this.socket = socket;
        this.letter = letter;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        synchronized (lock) {
            for (int i = offset; i < offset + length; i++) {
                char c = chars[i];
                if (c == '\n') {
                    send();
                } else {
                    line.append(c);
                }
            }
        }
    }

    /** A line not ended yet stays until it ends or the writer closes: the launcher reads whole lines. */
    @Override
    public void flush() {
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            if (line.length() > 0) {
                send();
            }
        }
    }

    private void send() throws IOException {
        byte[] bytes = (letter + " " + line + "\n").getBytes(StandardCharsets.UTF_8);
        line.setLength(0);
        socket.write(bytes);
        socket.flush();
    }
}
