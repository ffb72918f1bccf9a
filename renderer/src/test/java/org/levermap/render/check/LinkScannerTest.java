package org.levermap.render.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkScannerTest {

    @Test
    void collectsIdsAndEveryLinkAsTheBrowserParsesThem() {
        String html = "<html><head><link rel=stylesheet href=\"css/a.css\"><script src=\"js/x.js\"></script></head><body>"
                + "<a id=top href=\"p.html#x\">a</a><a name=old></a><img src=\"i.svg\"><!-- <a href=\"comment.html\"> -->"
                + "<svg><a href=\"svg.html\"><text>t</text></a></svg><form action=\"f.html\"></form>"
                + "<p>&lt;a href=\"text.html\"&gt;</p></body></html>";
        PageLinks links = LinkScanner.scan("x.html", html.getBytes(StandardCharsets.UTF_8));
        assertEquals(Set.of("top", "old"), links.ids());
        assertEquals(List.of("css/a.css", "js/x.js", "p.html#x", "i.svg", "svg.html", "f.html"), links.links());
        assertFalse(links.rootBased());
        assertTrue(LinkScanner.scan("404.html", "<base href=\"https://e.org/\">".getBytes(StandardCharsets.UTF_8))
                .rootBased());
    }
}
