package org.levermap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * Data crafted to carry script in every field a repository or a contributor controls: names, commit
 * paths, Markdown, URLs, SVG labels. In every output format it must stay text.
 */
class HostileContentTest {

    @TempDir
    static Path tmp;
    static Site site;
    static Map<String, byte[]> files;

    @BeforeAll
    static void build() throws Exception {
        site = Site.build(Fixture.hostile(tmp.resolve("data")), tmp.resolve("out"), BuildOptions.DEFAULTS);
        files = site.files();
    }

    @Test
    void noPageCarriesForeignScriptHandlersOrUnsafeLinks() throws Exception {
        for (String path : site.pages()) {
            Document d = site.page(path);
            for (Element script : d.select("script")) {
                assertTrue(List.of("search-index.js", "js/filter.js", "js/changes.js")
                                .contains(script.attr("src").replaceFirst("^(\\.\\./)+", "")),
                        path + " has a script " + script);
                assertTrue(script.data().isEmpty(), path + " has an inline script");
            }
            for (Element e : d.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    assertFalse(a.getKey().toLowerCase(Locale.ROOT).startsWith("on"), path + ": " + e.cssSelector()
                            + " has " + a);
                    String v = a.getValue().strip().toLowerCase(Locale.ROOT);
                    if (List.of("href", "src", "action", "xlink:href", "formaction").contains(a.getKey())) {
                        assertFalse(v.startsWith("javascript:") || v.startsWith("data:") || v.startsWith("vbscript:"),
                                path + ": " + a);
                    }
                }
            }
            assertTrue(d.select("iframe, object, embed, form[action], img:not([src^=../../badges/])").isEmpty(),
                    path + ": " + d.select("iframe, object, embed, img"));
            assertEquals(1, d.select("meta[http-equiv=Content-Security-Policy]").size(), path);
        }
    }

    @Test
    void platformObservationsShowAsText() throws Exception {
        Document snapshot = site.page("projects/payload/2023-03-31.html");
        var rows = snapshot.select("#platforms + p + .table-wrap tbody tr");
        assertTrue(rows.size() >= 8, rows.toString());
        String text = rows.text();
        assertTrue(text.contains("evil" + Fixture.SCRIPT + " (organisation) on github"), text);
        assertTrue(text.contains("Evil " + Fixture.SCRIPT + "; Co " + Fixture.IMG + "; " + Fixture.JS_URL), text);
        assertTrue(text.contains("Registrant " + Fixture.SCRIPT), text);
        assertEquals(HostilePlatforms.API, rows.get(0).selectFirst("a").attr("href"));
        Document project = site.page("projects/payload/index.html");
        assertTrue(project.select("a[href=" + HostilePlatforms.API + "]").text().contains("collected from the GitHub API"),
                "the five questions cite the collected owner beside the curated admins");
        var collected = project.select("td[data-label=Source] .chip:containsOwn(collected)");
        assertTrue(collected.size() >= 4, "forge, hub, package, domain rows: " + collected);
        assertTrue(project.text().contains("evil" + Fixture.SCRIPT + " (organisation): owns the repository"),
                project.text());
    }

    @Test
    void thePayloadsShowAsText() throws Exception {
        Document p = site.page("projects/payload/index.html");
        assertEquals("Payload <script>window.__xss=1</script>", p.selectFirst("h1").text());
        assertTrue(p.selectFirst(".lead").text().contains("Description <img src=x onerror=\"window.__xss=1\"> bold"),
                p.selectFirst(".lead").text());
        assertEquals("bold", p.selectFirst(".lead strong").text(), "Markdown still renders");
        assertTrue(p.select(".lead a").isEmpty(), "the javascript: link became text");
        assertEquals("javascript:window.__xss=1", p.selectFirst(".meta-line .mono").text(), "unsafe website: text");
        Document actor = site.page("actors/evil.html");
        assertTrue(actor.selectFirst(".lead").text().contains("<script>window.__xss=1</script>"));
        assertTrue(actor.select(".lead a").isEmpty());
        Document alliance = site.page("alliances/cabal.html");
        assertEquals(1, alliance.select(".lead table td").size() / 2, "a Markdown table survives sanitising");
        assertTrue(alliance.select(".lead td a").isEmpty());
    }

    @Test
    void svgLabelsAreEscaped() throws Exception {
        Document forks = site.page("forks/index.html");
        Element svg = forks.selectFirst("svg.forks");
        assertTrue(svg.select("svg svg, script, foreignObject").isEmpty(), svg.outerHtml());
        assertTrue(svg.text().contains("Fork <svg onload"), svg.text());
        Element chart = site.page("alliances/cabal.html").selectFirst("svg.alliance");
        assertTrue(chart.select("script, svg svg").isEmpty());
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (f.getKey().endsWith(".svg")) {
                var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new ByteArrayInputStream(f.getValue()));
                assertEquals(0, doc.getElementsByTagName("script").getLength(), f.getKey());
            }
        }
    }

    @Test
    void feedAndSitemapParseAndCarryThePayloadAsText() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(files.get("feed.xml")));
        NodeList titles = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title");
        assertEquals("Hostile <script>window.__xss=1</script>: changes", titles.item(0).getTextContent());
        String content = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "content").item(0).getTextContent();
        assertTrue(content.contains("&lt;img src=x onerror"), "HTML content escapes the payload once more: " + content);
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(files.get("sitemap.xml")));
    }

    @Test
    void jsonEscapesMarkupCharacters() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            String text = new String(f.getValue(), StandardCharsets.UTF_8);
            if (f.getKey().endsWith(".json")) {
                json.readTree(text);
                assertFalse(text.contains("<"), f.getKey());
            }
        }
        String index = new String(files.get("search-index.js"), StandardCharsets.UTF_8);
        assertFalse(index.contains("<"), index);
        assertEquals("Payload <script>window.__xss=1</script>", json.readTree(files.get("api/projects/payload.json"))
                .get("name").asText());
    }
}
