package org.levermap.render.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BadgeFontTest {

    @Test
    void widthsAreVerdanasAtElevenPixels() {
        // Verdana 11 px: "M" 9.27, "i" 3.02 (shields.io's table), a space 3.87.
        assertEquals(9.27, BadgeFont.width("M"), 1e-9);
        assertEquals(3.87, BadgeFont.width(" "), 1e-9);
        assertEquals(2 * BadgeFont.width("M") + BadgeFont.width(" "), BadgeFont.width("M M"), 1e-9);
        assertEquals(true, BadgeFont.width("WWW") > BadgeFont.width("iii") * 2);
    }

    @Test
    void aCharacterOutsideTheTableCountsAsAnM() {
        assertEquals(BadgeFont.width("m"), BadgeFont.width("漢"), 1e-9);
    }
}
