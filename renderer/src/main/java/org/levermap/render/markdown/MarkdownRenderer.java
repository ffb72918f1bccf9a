package org.levermap.render.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.levermap.render.link.SafeUrl;

/**
 * Renders curated Markdown (CommonMark with tables and autolinks) to HTML that is safe to embed: the
 * flexmark output is cleaned with a jsoup safelist (no script, style, event handler, image or form;
 * links only to http and https), and every remaining link opens without passing the page's context.
 * Thread-safe.
 */
public final class MarkdownRenderer {

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Safelist safelist;
    /** The same note shows on every snapshot page of a project: render it once. */
    private final java.util.Map<String, String> rendered = new java.util.concurrent.ConcurrentHashMap<>();

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create()));
        // Raw HTML in curated text is escaped by flexmark first; the safelist below is the second line.
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
        // No h1/h2: a note's headings must not compete with the page's own.
        safelist = Safelist.basic()
                .addTags("h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "hr", "del")
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                .removeProtocols("a", "href", "ftp", "mailto")
                .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");
    }

    /** Safe HTML for {@code markdown}; empty for null or blank text. */
    public String render(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return rendered.computeIfAbsent(markdown, this::clean);
    }

    private String clean(String markdown) {
        String html = renderer.render(parser.parse(markdown));
        Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
        String clean = Jsoup.clean(html, "", safelist, settings);
        Document doc = Jsoup.parseBodyFragment(clean);
        doc.outputSettings(settings);
        for (Element a : doc.select("a[href]")) {
            if (!SafeUrl.isSafe(a.attr("href"))) {
                a.unwrap();
            }
        }
        // A link whose address the safelist dropped (an e-mail autolink's mailto:) is text, not an <a> without href.
        doc.select("a:not([href])").unwrap();
        return doc.body().html().strip();
    }
}
