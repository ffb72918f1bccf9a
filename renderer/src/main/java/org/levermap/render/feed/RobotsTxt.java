package org.levermap.render.feed;

import java.nio.charset.StandardCharsets;

/** {@code robots.txt}: everything may be crawled; the sitemap is named when the site's URL is known. */
public final class RobotsTxt {

    private RobotsTxt() {
    }

    public static byte[] of(String baseUrl) {
        String text = "User-agent: *\nAllow: /\n" + (baseUrl == null ? "" : "\nSitemap: " + baseUrl + "sitemap.xml\n");
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
