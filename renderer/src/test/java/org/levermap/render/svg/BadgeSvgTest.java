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

    @Test
    void theTextsAreDrawnAtTheirMeasuredLengthWithEvenPadding() throws Exception {
        String svg = BadgeSvg.render("license", "rsalv2 OR SSPL-1.0", "#b26a00");
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        var texts = doc.getElementsByTagName("text");
        double label = Double.parseDouble(((org.w3c.dom.Element) texts.item(1)).getAttribute("textLength"));
        double message = Double.parseDouble(((org.w3c.dom.Element) texts.item(3)).getAttribute("textLength"));
        assertEquals(Math.round(BadgeFont.width("license") * 10) / 10.0, label);
        assertEquals(Math.round(BadgeFont.width("rsalv2 OR SSPL-1.0") * 10) / 10.0, message);
        double width = Double.parseDouble(doc.getDocumentElement().getAttribute("width"));
        assertEquals(Math.ceil(label + 12) + Math.ceil(message + 12), width);
    }
}
