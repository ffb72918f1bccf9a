package org.levermap.model.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8Test {

    @Test
    void decodesUtf8AndDropsAByteOrderMark() throws Exception {
        byte[] withBom = ("\ufeffname: caf\u00e9").getBytes(StandardCharsets.UTF_8);
        assertEquals("name: caf\u00e9", Utf8.decode(withBom));
    }

    @Test
    void locatesTheFirstInvalidByteByCharacterColumn() {
        byte[] bytes = "a: 1\nb: \u00e9\u00e9 x\n".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, broken, 0, 12); // "a: 1\nb: " and two two-byte characters
        broken[12] = (byte) 0xff;
        System.arraycopy(bytes, 12, broken, 13, bytes.length - 12);
        Utf8.InvalidText e = assertThrows(Utf8.InvalidText.class, () -> Utf8.decode(broken));
        assertEquals(new Location(2, 6), e.location);
    }

    @Test
    void refusesUtf16AndNulCharacters() {
        assertThrows(Utf8.InvalidText.class, () -> Utf8.decode("id: x".getBytes(StandardCharsets.UTF_16)));
        assertThrows(Utf8.InvalidText.class, () -> Utf8.decode("id: \0".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsPlainAsciiAsIs() throws Exception {
        assertEquals("id: x\nname: \"y\"\n", Utf8.decode("id: x\nname: \"y\"\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("", Utf8.decode(new byte[0]));
    }

    @Test
    void locatesANulCharacterByCharacterColumn() {
        Utf8.InvalidText e = assertThrows(Utf8.InvalidText.class,
                () -> Utf8.decode("a: 1\nb: \u00e9\u2014\0".getBytes(StandardCharsets.UTF_8)));
        assertEquals(new Location(2, 6), e.location);
        e = assertThrows(Utf8.InvalidText.class, () -> Utf8.decode("ab\0".getBytes(StandardCharsets.UTF_8)));
        assertEquals(new Location(1, 3), e.location);
    }
}
