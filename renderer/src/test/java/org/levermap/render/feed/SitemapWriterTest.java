package org.levermap.render.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SitemapWriterTest {

    @Test
    void absoluteEscapedUrlsWithTheirDays() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("index.html", "2024-01-31");
        pages.put("projects/a&b/index.html", null);
        String xml = new String(SitemapWriter.write("https://example.org/r/", pages), StandardCharsets.UTF_8);
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                + "  <url><loc>https://example.org/r/</loc><lastmod>2024-01-31</lastmod></url>\n"
                + "  <url><loc>https://example.org/r/projects/a&amp;b/index.html</loc></url>\n</urlset>\n", xml);
    }
}
