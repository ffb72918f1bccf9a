package org.levermap.render.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SvgTest {

    @Test
    void escapesTextAndAttributesAndDropsControlCharacters() {
        Svg svg = new Svg();
        svg.open("g", "class", "a\"b", "skipped", null).text("text", "<script>&'\u0001", "x", 1.25).close("g");
        assertEquals("<g class=\"a&quot;b\"><text x=\"1.3\">&lt;script&gt;&amp;&#39;</text></g>", svg.toString());
    }

    @Test
    void numbersHaveOneDecimalOnEveryMachine() {
        assertEquals("12", Svg.number(12.0));
        assertEquals("12.5", Svg.number(12.46));
        assertEquals("-0.5", Svg.number(-0.5));
        assertEquals("0", Svg.number(-0.01));
    }
}
