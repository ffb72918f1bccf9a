package org.levermap.render.theme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {

    /** Whatever the text and however it is cut into writes, the bytes are String.getBytes(UTF_8)'s. */
    @Test
    void encodesAsStringGetBytesDoesHoweverTheTextIsCut() {
        Random random = new Random(7);
        char[] alphabet = {'a', '<', '\u00e9', '\u2014', '\u2192', '\ud83d', '\ude00', '\u07ff', '\u0800', '\uffff'};
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = text.toString();
            Utf8Writer out = new Utf8Writer(2);
            for (int at = 0; at < s.length();) {
                int n = Math.min(s.length() - at, 1 + random.nextInt(5));
                switch (random.nextInt(3)) {
                    case 0 -> out.write(s, at, n);
                    case 1 -> out.write(s.toCharArray(), at, n);
                    default -> {
                        out.write(s.charAt(at));
                        n = 1;
                    }
                }
                at += n;
            }
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), out.toByteArray(), s);
        }
    }
}
