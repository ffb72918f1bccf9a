package org.levermap.render.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page and keeps what the link check needs: a well-formed page with the quick
 * {@link TagScanner}, anything else with jsoup's full HTML5 parse. Thread-safe.
 */
public final class LinkScanner {

    private static final String[] ATTRIBUTES = {"href", "src", "xlink:href", "action"};

    private LinkScanner() {
    }

    public static PageLinks scan(String path, byte[] html) {
        PageLinks quick = TagScanner.scan(path, html);
        return quick != null ? quick : parse(path, new String(html, StandardCharsets.UTF_8));
    }

    /** The links and anchors of a page as jsoup's HTML5 parser builds it. */
    static PageLinks parse(String path, String html) {
        Document doc = Jsoup.parse(html);
        Set<String> ids = new HashSet<>();
        List<String> links = new ArrayList<>();
        boolean rootBased = false;
        // One walk over the elements: two selector queries would walk the tree twice.
        for (Element e : doc.getAllElements()) {
            if (e.attributesSize() == 0) {
                continue;
            }
            String name = e.normalName();
            if (e.hasAttr("id")) {
                ids.add(e.attr("id"));
            }
            if (name.equals("a") && e.hasAttr("name")) {
                ids.add(e.attr("name"));
            }
            if (name.equals("base")) {
                rootBased = rootBased || e.hasAttr("href");
                continue;
            }
            for (String attr : ATTRIBUTES) {
                if (e.hasAttr(attr) && (!attr.equals("action") || name.equals("form"))) {
                    links.add(e.attr(attr));
                }
            }
        }
        return new PageLinks(path, Set.copyOf(ids), List.copyOf(links), rootBased);
    }
}
