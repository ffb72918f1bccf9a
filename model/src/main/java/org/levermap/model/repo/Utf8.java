package org.levermap.model.repo;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that says where the first invalid byte is. */
final class Utf8 {

    private Utf8() {
    }

    /**
     * Decodes {@code bytes}, dropping a UTF-8 byte order mark.
     *
     * @throws InvalidText with the line and column of the first byte that is not UTF-8
     */
    static String decode(byte[] bytes) throws InvalidText {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        int i = start;
        while (i < bytes.length && bytes[i] > 0) {
            i++;
        }
        if (i == bytes.length) { // ASCII without NUL: most files, read without a decoder
            return new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InvalidText(locate(bytes, start, in.position()));
        }
        decoder.flush(out);
        for (int b = start; b < bytes.length; b++) {
            if (bytes[b] == 0) { // in UTF-8 only the NUL character has a zero byte
                throw new InvalidText(locate(bytes, start, b));
            }
        }
        out.flip();
        return out.toString();
    }

    private static Location locate(byte[] bytes, int start, int offset) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (int i = lineStart; i < offset; i++) {
            if ((bytes[i] & 0xc0) != 0x80) { // count characters, not continuation bytes
                column++;
            }
        }
        return new Location(line, column);
    }

    /** The input is not UTF-8 text. */
    static final class InvalidText extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        final transient Location location;

        InvalidText(Location location) {
            this.location = location;
        }
    }
}
