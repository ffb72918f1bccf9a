package org.levermap.render.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/", "http://example.org/a?b=c#d", "HTTPS://Example.org/x"})
    void httpAndHttpsUrlsWithAHostAreLinks(String url) {
        assertEquals(url, SafeUrl.of(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)", "data:text/html,x",
        "vbscript:x", "//evil.example/", "/relative", "relative.html", "https://", "https:///path", "mailto:a@b.c",
        "https://ok.example/\"onmouseover=\"x", "https://ok.example/<script>", "ftp://example.org/", ""})
    void everythingElseStaysText(String url) {
        assertNull(SafeUrl.of(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"  https://example.org/  "})
    void surroundingSpaceIsTrimmed(String url) {
        assertEquals("https://example.org/", SafeUrl.of(url));
    }
}
