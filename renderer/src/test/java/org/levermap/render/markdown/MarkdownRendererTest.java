package org.levermap.render.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void rendersCommonMarkTablesAndAutolinks() {
        assertEquals("<p>A <strong>bold</strong> move, see <a href=\"https://example.org\" rel=\"nofollow noopener noreferrer\">"
                + "https://example.org</a>.</p>", markdown.render("A **bold** move, see https://example.org."));
        String table = markdown.render("| a | b |\n|---|--:|\n| 1 | 2 |");
        assertTrue(table.contains("<table>") && table.contains("<td align=\"right\">2</td>"), table);
    }

    @Test
    void rawHtmlAndUnsafeLinksBecomeText() {
        String html = markdown.render("<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) "
                + "[y](data:text/html,hi) <a href=\"javascript:alert(1)\">z</a>");
        var doc = org.jsoup.Jsoup.parseBodyFragment(html);
        assertTrue(doc.select("script, img, a, [onerror]").isEmpty(), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        var links = org.jsoup.Jsoup.parseBodyFragment(markdown.render("[ok](https://example.org/) [bad](javascript:x)"))
                .select("a");
        assertEquals(1, links.size(), "a javascript: link never becomes a link");
        assertEquals("https://example.org/", links.attr("href"));
    }

    @Test
    void pageLevelHeadingsAreFlattened() {
        assertEquals("Title\n<h3>Sub</h3>", markdown.render("# Title\n\n### Sub"));
    }

    @Test
    void nothingForNothing() {
        assertEquals("", markdown.render(null));
        assertEquals("", markdown.render("  "));
    }

    @Test
    void anEmailAutolinkIsTextNotALinkWithoutAnAddress() {
        String html = markdown.render("from <jane@example.org> and jane@example.org");
        assertFalse(html.contains("<a"), html);
        assertTrue(html.contains("jane@example.org"), html);
    }
}
