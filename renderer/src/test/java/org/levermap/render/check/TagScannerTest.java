package org.levermap.render.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TagScannerTest {

    /** The quick scan must find exactly what jsoup's full parse finds. */
    static void assertSameAsJsoup(String path, String html) {
        PageLinks quick = TagScanner.scan(path, html.getBytes(StandardCharsets.UTF_8));
        assertNotNull(quick, "the scanner gave up on " + path);
        PageLinks full = LinkScanner.parse(path, html);
        assertEquals(full.ids(), quick.ids(), path);
        // As sets: jsoup's tree builder may clone a misnested <a>, which repeats a link but changes no check.
        assertEquals(new java.util.TreeSet<>(full.links()), new java.util.TreeSet<>(quick.links()), path);
        assertEquals(full.rootBased(), quick.rootBased(), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<a href=\"a.html\" id=x>t</a><A HREF='b.html' ID=\"Y\">t</A>",
        "<a href=a.html?x=1&amp;y=2#f id=z>t</a>",
        "<a href=\"x&#47;y.html\" href=\"second.html\">dup</a>",
        "<script>var s = '<a href=\"no.html\">';</script><a href=\"yes.html\">",
        "<style>a::before { content: '<a href=x>'; }</style><a name=old></a>",
        "<!-- <a href=\"commented.html\"> --><img src=\"i.svg\" alt=\"a > b\">",
        "<!DOCTYPE html><html><head><base href=\"https://e.org/\"><link rel=icon href=f.svg></head></html>",
        "<svg><a href=\"g.html\"><text>1 < 2</text></a><use xlink:href=\"#sym\"/></svg><form action=\"f.html\"></form>",
        "<p>a < b and <3 <a href=\"c.html\"/></p><input value=\"x\" / ><a\nhref\n=\n\"d.html\"\n>",
        "<title>a <a href=no.html></title><textarea><a href=no2.html></TEXTAREA><a href=yes.html>",
        "<a href=x\"y id=q'r>t</a>",
        "<p>caf\u00e9 \u2014 \u2192 <a href=\"na\u00efve.html\" ID=\"\u00fc\ud83d\ude00\">\u00e9</a></p>",
        "<script>x='</scriptx><a href=no.html>'</SCRIPT ><a href=yes.html><form ACTION=f.html action=g.html>",
        "<base target=_top><div action=no.html><a name=n id=i href=one.html href=two.html>",
    })
    void findsWhatJsoupFinds(String html) {
        assertSameAsJsoup("page.html", html);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<svg><![CDATA[<a href=x>]]></svg>",
        "<a href=\"unterminated>", "<a href=x", "<noscript><a href=x></noscript>", "<!--> <a href=x> -->", "a\0b",
        "<template><a href=x></template>", "<a \"href=x>", "<plaintext><a href=x>"})
    void givesUpOnWhatItDoesNotHandleExactly(String html) {
        assertNull(TagScanner.scan("page.html", html.getBytes(StandardCharsets.UTF_8)));
        LinkScanner.scan("page.html", html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void collectsIdsLinksAndTheBase() {
        PageLinks links = TagScanner.scan("p.html",
                "<base href=\"https://e.org/\"><div id=a><a name=b href=\"#a\">x</a>".getBytes(StandardCharsets.UTF_8));
        assertEquals(java.util.Set.of("a", "b"), links.ids());
        assertEquals(List.of("#a"), links.links());
        assertEquals(true, links.rootBased());
    }
}
