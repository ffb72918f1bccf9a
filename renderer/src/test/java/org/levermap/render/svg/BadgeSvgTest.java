package org.levermap.render.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class BadgeSvgTest {

    @Test
    void aWellFormedBadgeSizedToItsText() throws Exception {
        String svg = BadgeSvg.render("license", "BUSL <1.1>", "#b26a00");
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        var root = doc.getDocumentElement();
        assertEquals("license: BUSL <1.1>", root.getAttribute("aria-label"));
        assertEquals("20", root.getAttribute("height"));
        double wide = Double.parseDouble(root.getAttribute("width"));
        double narrow = Double.parseDouble(BadgeSvg.render("license", "MIT", "#2e7d32").replaceAll(
                "(?s).*?width=\"([0-9.]+)\".*", "$1"));
        assertEquals(true, wide > narrow);
    }
}
