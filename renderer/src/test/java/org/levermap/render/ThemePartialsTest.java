package org.levermap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.render.theme.Theme;

/** The theme in pieces: partials overridden one at a time, breadcrumbs and navigation from the page plan. */
class ThemePartialsTest {

    @TempDir
    Path tmp;

    @Test
    void aDataRepositoryOverridesOnePartialAndKeepsTheOthers() throws Exception {
        Path data = Fixture.ecosystem(tmp.resolve("data"), "https://example.org/r/");
        write(data, "templates/partials/extra-head.ftlh", "<meta name=\"x-mine\" content=\"head\">\n");
        write(data, "templates/partials/extra-footer.ftlh", "<p id=\"mine\">${site.title}</p>\n");
        write(data, "templates/partials/macros/chips.ftlh",
                "<#macro model keyword label><b class=\"my-model\">${label}</b></#macro>\n"
                + "<#macro family keyword=\"\"></#macro>\n<#macro severity s><i class=\"my-sev\">${s}</i></#macro>\n");
        Site site = Site.build(data, tmp.resolve("out"), BuildOptions.DEFAULTS);
        Document index = site.page("index.html");
        assertEquals("head", index.selectFirst("head meta[name=x-mine]").attr("content"));
        assertEquals(1, index.select("body > #mine").size());
        assertFalse(index.select("b.my-model").isEmpty(), "the overridden chips are used");
        assertFalse(index.select("header.site-header nav a").isEmpty(), "the header is still the default one");
        assertFalse(site.page("changes/index.html").select("i.my-sev").isEmpty());
    }

    @Test
    void breadcrumbsAndNavigationComeFromThePagePlan() throws Exception {
        Site site = Site.build(Fixture.ecosystem(tmp.resolve("data"), null), tmp.resolve("out"), BuildOptions.DEFAULTS);
        Document snapshot = site.page(site.pages().stream().filter(p -> p.matches("projects/widget/\\d{4}-\\d\\d-\\d\\d\\.html"))
                .findFirst().orElseThrow());
        assertEquals(List.of("Projects", "Widget"), snapshot.select("nav.crumbs a").eachText());
        assertEquals(List.of("../../index.html", "../../projects/widget/index.html"), snapshot.select("nav.crumbs a").eachAttr("href"));
        assertEquals("Projects › Widget", site.page("projects/widget/index.html").selectFirst("nav.crumbs").text());
        assertEquals("Projects › Widget › timeline", site.page("projects/widget/timeline.html").selectFirst("nav.crumbs").text());
        assertTrue(site.page("index.html").select("nav.crumbs").isEmpty(), "the top of a section has none");
        assertEquals(List.of("Projects", "Changes", "Forks", "Alliances", "Actors"),
                site.page("index.html").select("header nav a").eachText());
        assertEquals("page", site.page("forks/index.html").selectFirst("header nav a[aria-current]").attr("aria-current"));
    }

    @Test
    void templatesCopiedByAnEarlierReleaseStillBuildWithTheirLinksIntact() throws Exception {
        String[] earlier = {"_macros.ftlh", "_layout.ftlh", "snapshot.ftlh", "project.ftlh", "changes.ftlh", "index.ftlh"};
        for (String[] copied : List.of(new String[] {"snapshot.ftlh"}, new String[] {"_macros.ftlh"}, earlier)) {
            Path data = Fixture.ecosystem(tmp.resolve("data-" + copied.length + copied[0]), null);
            for (String name : copied) {
                try (var in = getClass().getResourceAsStream("earlier-theme/" + name)) {
                    write(data, "templates/" + name, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            // The build checks every link and anchor: a change's link must still find its change-N.
            Site site = Site.build(data, tmp.resolve("out-" + copied.length + copied[0]), BuildOptions.DEFAULTS);
            int anchored = 0;
            for (String page : site.pages()) {
                if (page.matches("projects/widget/\\d{4}-\\d\\d-\\d\\d\\.html")) {
                    anchored += site.page(page).select("ul.changes li[id^=change-]").size();
                }
            }
            assertTrue(anchored > 0, String.join(",", copied));
        }
    }

    @Test
    void noTemplateOfTheDefaultThemeWritesAUrl() {
        Pattern url = Pattern.compile("(href|src)=\"(?!\\$\\{|#)[^\"]*\"|\\[\"[^\"]*\\.(js|html|json|xml)\"");
        for (String file : Theme.defaultFiles()) {
            if (!file.startsWith("templates/")) {
                continue;
            }
            String text = new String(Theme.defaultFile(file), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(List.of(), url.matcher(text).results().map(m -> m.group()).toList(), file + " writes a URL");
        }
    }

    private static void write(Path root, String path, String text) throws Exception {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text);
    }
}
