package org.levermap.render.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextWidthTest {

    @Test
    void wideLettersAreWiderAndLongTextIsCut() {
        assertTrue(TextWidth.of("WWW", 10) > TextWidth.of("iii", 10));
        assertEquals("short", TextWidth.fit("short", 100, 12));
        String cut = TextWidth.fit("A rather long project name that will not fit", 80, 12);
        assertTrue(cut.endsWith("…") && TextWidth.of(cut, 12) <= 80, cut);
    }
}
