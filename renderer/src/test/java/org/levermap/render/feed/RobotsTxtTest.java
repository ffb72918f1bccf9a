package org.levermap.render.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RobotsTxtTest {

    @Test
    void namesTheSitemapWhenTheSiteUrlIsKnown() {
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: https://e.org/sitemap.xml\n",
                new String(RobotsTxt.of("https://e.org/"), StandardCharsets.UTF_8));
        assertEquals("User-agent: *\nAllow: /\n", new String(RobotsTxt.of(null), StandardCharsets.UTF_8));
    }
}
