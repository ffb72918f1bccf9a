package org.levermap.model.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class Sha256Test {

    @Test
    void hexIsTheHashOfTheUtf8TextCutToTheBytesAsked() {
        // FIPS 180-2's example: SHA-256("abc").
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.hex("abc"));
        assertEquals("ba7816bf", Sha256.hex("abc", 4));
        assertEquals(Sha256.hex("é"), java.util.HexFormat.of().formatHex(Sha256.digest().digest(new byte[] {(byte) 0xc3, (byte) 0xa9})));
    }
}
