package org.levermap.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.model.repo.DataException;

/** What every build promises: same input same bytes, all or nothing, unchanged files untouched. */
class BuildGuaranteesTest {

    @TempDir
    Path tmp;
    Path data;
    Path out;

    @BeforeEach
    void data() throws Exception {
        data = Fixture.ecosystem(tmp.resolve("data"), "https://example.org/report/");
        out = tmp.resolve("out");
    }

    private BuildResult build(BuildOptions options) throws Exception {
        return new SiteBuilder(options, "levermap test").build(data, out);
    }

    @Test
    void theSameInputGivesByteIdenticalOutput() throws Exception {
        Site first = Site.build(data, tmp.resolve("one"), BuildOptions.DEFAULTS.withForce(true));
        Site second = Site.build(data, tmp.resolve("two"), new BuildOptions(null, null, 1, true));
        Map<String, byte[]> a = first.files();
        Map<String, byte[]> b = second.files();
        assertEquals(a.keySet(), b.keySet());
        a.forEach((path, bytes) -> assertArrayEquals(bytes, b.get(path), path));
        assertTrue(a.size() > 60, "files: " + a.size());
    }

    @Test
    void aDataErrorLeavesThePreviousSiteUntouched() throws Exception {
        build(BuildOptions.DEFAULTS);
        Map<String, byte[]> before = new Site(out).files();
        Files.writeString(data.resolve("projects/widget/project.yaml"), "id: widget\nname: Widget\nlevers:\n  brnad: []\n");
        DataException e = assertThrows(DataException.class, () -> build(BuildOptions.DEFAULTS));
        assertEquals("projects/widget/project.yaml:4:3: unknown lever 'brnad' (did you mean 'brand'?)",
                e.problems().get(0).toString());
        assertSame(before, new Site(out).files());
        assertNoLeftovers();
    }

    @Test
    void aTemplateErrorLeavesThePreviousSiteUntouchedAndNamesTheLine() throws Exception {
        build(BuildOptions.DEFAULTS);
        Map<String, byte[]> before = new Site(out).files();
        Files.createDirectories(data.resolve("templates"));
        Files.writeString(data.resolve("templates/timeline.ftlh"), "<p>\n${timeline.nosuchthing}\n</p>\n");
        BuildException e = assertThrows(BuildException.class, () -> build(BuildOptions.DEFAULTS));
        assertTrue(e.getMessage().startsWith("templates/timeline.ftlh:2:3: "), e.getMessage());
        assertTrue(e.getMessage().contains("nosuchthing"), e.getMessage());
        assertSame(before, new Site(out).files());
        assertNoLeftovers();
    }

    @Test
    void aBrokenLinkFailsTheBuildWithTheListAndLeavesThePreviousSite() throws Exception {
        build(BuildOptions.DEFAULTS);
        Map<String, byte[]> before = new Site(out).files();
        Files.createDirectories(data.resolve("templates"));
        Files.writeString(data.resolve("templates/404.ftlh"), "<a href=\"nowhere.html\">x</a><a href=\"index.html#nope\">y</a>"
                + "<a href=\"/index.html\">z</a><a href=\"index.html#projects\">fine</a>");
        BuildException e = assertThrows(BuildException.class, () -> build(BuildOptions.DEFAULTS));
        assertEquals(java.util.List.of("404.html: broken anchor index.html#nope (no id 'nope' in index.html)",
                "404.html: broken link nowhere.html (no nowhere.html)",
                "404.html: root-absolute link /index.html (links must be relative)"), e.details());
        assertTrue(e.getMessage().startsWith("3 broken links"), e.getMessage());
        assertSame(before, new Site(out).files());
    }

    @Test
    void unchangedFilesAreNotRewritten() throws Exception {
        build(BuildOptions.DEFAULTS);
        Path css = out.resolve("css/levermap.css");
        Path solo = out.resolve("projects/solo/index.html");
        Path widget = out.resolve("projects/widget/index.html");
        Object cssInode = Files.getAttribute(css, "unix:ino");
        Object soloInode = Files.getAttribute(solo, "unix:ino");
        Object widgetInode = Files.getAttribute(widget, "unix:ino");
        var soloTime = Files.getLastModifiedTime(solo);
        String project = Files.readString(data.resolve("projects/widget/project.yaml"));
        Files.writeString(data.resolve("projects/widget/project.yaml"), project.replace("name: Widget", "name: Widget 2"));
        BuildResult r = build(BuildOptions.DEFAULTS);
        assertFalse(r.upToDate());
        assertTrue(r.unchanged() > r.written(), r.toString());
        assertEquals(cssInode, Files.getAttribute(out.resolve("css/levermap.css"), "unix:ino"));
        assertEquals(soloInode, Files.getAttribute(out.resolve("projects/solo/index.html"), "unix:ino"));
        assertEquals(soloTime, Files.getLastModifiedTime(out.resolve("projects/solo/index.html")));
        assertNotEquals(widgetInode, Files.getAttribute(out.resolve("projects/widget/index.html"), "unix:ino"));
        assertTrue(Files.readString(out.resolve("projects/widget/index.html")).contains("Widget 2"));
    }

    @Test
    void aRebuildWithNothingChangedDoesNothing() throws Exception {
        assertFalse(build(BuildOptions.DEFAULTS).upToDate());
        BuildResult again = build(BuildOptions.DEFAULTS);
        assertTrue(again.upToDate());
        assertFalse(build(BuildOptions.DEFAULTS.withForce(true)).upToDate(), "--force renders anyway");
        Files.writeString(data.resolve("actors/alice.yaml"), Files.readString(data.resolve("actors/alice.yaml"))
                .replace("Alice Liddell", "Alice L."));
        assertFalse(build(BuildOptions.DEFAULTS).upToDate());
        Files.delete(out.resolve("projects/solo/index.html"));
        assertFalse(build(BuildOptions.DEFAULTS).upToDate(), "a damaged output is rebuilt");
        assertTrue(Files.exists(out.resolve("projects/solo/index.html")));
        assertFalse(build(BuildOptions.DEFAULTS.withBaseUrl("https://other.example/")).upToDate(),
                "other options are another build");
    }

    @Test
    void theBaseUrlOptionOverridesLevermapYaml() throws Exception {
        build(BuildOptions.DEFAULTS.withBaseUrl("https://me.github.io/report"));
        String feed = Files.readString(out.resolve("feed.xml"));
        assertTrue(feed.contains("<id>https://me.github.io/report/feed.xml</id>"), feed);
        assertFalse(feed.contains("example.org"));
        assertThrows(BuildException.class, () -> build(BuildOptions.DEFAULTS.withBaseUrl("javascript:alert(1)")));
    }

    @Test
    void withoutABaseUrlThereIsNoSitemapAndTheFeedIsRelative() throws Exception {
        Files.writeString(data.resolve("levermap.yaml"), "title: Report\n");
        BuildResult r = build(BuildOptions.DEFAULTS);
        assertTrue(r.warnings().get(0).contains("no base_url"), r.warnings().toString());
        assertFalse(Files.exists(out.resolve("sitemap.xml")));
        assertFalse(Files.readString(out.resolve("robots.txt")).contains("Sitemap"));
        assertTrue(Files.readString(out.resolve("feed.xml")).contains("<id>urn:levermap:feed</id>"));
        assertTrue(Files.readString(out.resolve("projects/widget/index.html")).contains("https://YOUR-SITE/badges/widget/"));
    }

    @Test
    void sourceDateEpochIsTheOnlyBuildTime() throws Exception {
        build(new BuildOptions(null, 1_700_000_000L, 0, false));
        assertTrue(Files.readString(out.resolve("index.html")).contains("built 2023-11-14"));
        assertTrue(Files.readString(out.resolve("feed.xml")).contains("<updated>2023-11-14T22:13:20Z</updated>"));
        build(BuildOptions.DEFAULTS);
        assertFalse(Files.readString(out.resolve("index.html")).contains("built "));
    }

    @Test
    void theDataRepositoryOverridesTheThemeFileByFile() throws Exception {
        Files.createDirectories(data.resolve("templates"));
        Files.createDirectories(data.resolve("static/css"));
        Files.writeString(data.resolve("templates/timeline.ftlh"), "<#import \"_layout.ftlh\" as layout>"
                + "<@layout.shell><p id=\"mine\">My timeline of ${timeline.project.name}</p></@layout.shell>");
        Files.writeString(data.resolve("static/css/levermap.css"), "body { color: rebeccapurple; }\n");
        Files.writeString(data.resolve("static/CNAME"), "report.example.org\n");
        build(BuildOptions.DEFAULTS);
        assertTrue(Files.readString(out.resolve("projects/widget/timeline.html")).contains("My timeline of Widget"));
        assertTrue(Files.readString(out.resolve("projects/widget/index.html")).contains("Recent changes"),
                "templates not overridden stay the default");
        assertEquals("body { color: rebeccapurple; }\n", Files.readString(out.resolve("css/levermap.css")));
        assertEquals("report.example.org\n", Files.readString(out.resolve("CNAME")));
        assertTrue(Files.exists(out.resolve("js/filter.js")));
    }

    @Test
    void aFolderLevermapDidNotBuildIsNeverReplaced() throws Exception {
        Files.createDirectories(out);
        Files.writeString(out.resolve("thesis.tex"), "precious");
        BuildException e = assertThrows(BuildException.class, () -> build(BuildOptions.DEFAULTS));
        assertTrue(e.getMessage().contains("was not built by levermap"), e.getMessage());
        assertEquals("precious", Files.readString(out.resolve("thesis.tex")));
        assertThrows(BuildException.class, () -> new SiteBuilder(BuildOptions.DEFAULTS, "t").build(data, tmp));
        assertThrows(BuildException.class, () -> new SiteBuilder(BuildOptions.DEFAULTS, "t")
                .build(data, data.resolve("projects/site")));
    }

    @Test
    void aRebuildWithNothingChangedStillRemovesWhatAKilledBuildLeft() throws Exception {
        build(BuildOptions.DEFAULTS);
        Files.writeString(Files.createDirectories(tmp.resolve(".out.staging-42/projects")).resolve("x.html"), "half");
        BuildResult again = build(BuildOptions.DEFAULTS);
        assertTrue(again.upToDate());
        assertNoLeftovers();
        assertTrue(again.warnings().get(0).contains(".out.staging-42"), again.warnings().toString());
    }

    private void assertSame(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
    }

    private void assertNoLeftovers() throws Exception {
        try (Stream<Path> entries = Files.list(tmp)) {
            assertEquals(java.util.List.of("data", "out"), entries.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
