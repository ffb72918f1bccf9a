package org.levermap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/** The pages of a built fixture ecosystem, read back with jsoup and XML parsers. */
class SiteBuilderTest {

    static final String BASE = "https://example.org/report/";

    @TempDir
    static Path tmp;
    static Site site;

    @BeforeAll
    static void build() throws Exception {
        Path data = Fixture.ecosystem(tmp.resolve("data"), BASE);
        site = Site.build(data, tmp.resolve("out"), BuildOptions.DEFAULTS);
    }

    private static Element row(Document index, String id) {
        Element row = index.selectFirst("#projects tr[data-id=" + id + "]");
        assertNotNull(row, "no index row for " + id);
        return row;
    }

    @Test
    void indexListsEveryProjectWithItsModelStewardFlagsAndLastChange() throws Exception {
        Document index = site.page("index.html");
        assertEquals(5, index.select("#projects tbody tr").size());
        Element widget = row(index, "widget");
        assertEquals("Corporate-led", widget.selectFirst(".chip.model-corporate-led").text());
        assertEquals("Acme Corp", widget.selectFirst("td[data-label=Steward] a").text());
        assertEquals("actors/acme.html", widget.selectFirst("td[data-label=Steward] a").attr("href"));
        List<String> flags = widget.select(".chip.flag").eachText();
        assertTrue(flags.containsAll(List.of("CLA", "Restrictive license", "Bus factor 1", "Relicensable by one actor")),
                flags.toString());
        assertEquals("alert", widget.selectFirst("td[data-label=Last change] .chip").text());
        assertEquals("projects/widget/2023-09-30.html#change-1",
                widget.selectFirst("td[data-label=Last change] a").attr("href"));
        assertEquals("Foundation", row(index, "libre").selectFirst(".chip.model-foundation").text());
        assertEquals("Open Foundation", row(index, "libre").selectFirst("td[data-label=Steward]").text());
        assertEquals("BDFL", row(index, "solo").selectFirst(".chip.model-bdfl").text());
        assertEquals("Alice Liddell", row(index, "solo").selectFirst("td[data-label=Steward]").text());
        assertTrue(row(index, "gadget").text().contains("fork of Widget"));
        assertTrue(index.selectFirst("form#filter").hasAttr("hidden"), "without script the filter stays hidden");
        assertEquals(List.of("search-index.js", "js/filter.js"), index.select("script[src]").eachAttr("src"));
    }

    @Test
    void indexStatesEachProjectsDataRangeAndTheSitesRangeNotOneDate() throws Exception {
        Document index = site.page("index.html");
        assertEquals("2023-05-31 → 2023-09-30", row(index, "widget").selectFirst("td[data-label=Data]").text());
        assertEquals("2023-03-31", row(index, "libre").selectFirst("td[data-label=Data]").text());
        assertEquals("curated facts only", row(index, "bare").selectFirst("td[data-label=Data]").text());
        assertEquals("newest data from 2023-03-31 to 2023-09-30, by project", index.selectFirst(".data-range").text());
        assertEquals("1 with curated facts only", index.selectFirst(".data-curated").text());
        assertTrue(index.selectFirst("footer").text().contains("Data as of 2023-03-31 to 2023-09-30 (by project)"),
                index.selectFirst("footer").text());
        JsonNode api = new ObjectMapper().readTree(site.text("api/index.json"));
        assertEquals("2023-03-31", api.get("data_from").asText());
        assertEquals("2023-09-30", api.get("data_as_of").asText());
        assertEquals(1, api.get("curated_only").asInt());
    }

    @Test
    void indexOpensWithFindingsWrittenFromTheData() throws Exception {
        Document index = site.page("index.html");
        List<String> findings = index.select("section.findings li").eachText();
        assertEquals("Governance of the 5 projects: 1 BDFL, 1 corporate-led, 1 foundation, 2 unknown.", findings.get(0));
        assertTrue(findings.contains("1 project moved to a more restrictive license family in the period covered: Widget."),
                findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.startsWith("In ") && f.contains("a single actor can change the license")
                && f.contains("Widget")), findings.toString());
        assertEquals("projects/widget/index.html",
                index.select("section.findings li").stream().filter(li -> li.text().startsWith("1 project moved"))
                        .findFirst().orElseThrow().selectFirst("a").attr("href"));
    }

    @Test
    void projectPageShowsStewardQuestionsLeversChartsAndEvidence() throws Exception {
        Document p = site.page("projects/widget/index.html");
        assertEquals("Widget", p.selectFirst("h1").text());
        assertTrue(p.select(".summary-card").get(1).text().contains("Acme Corp"), "steward");
        Element license = p.selectFirst("#q-license");
        assertEquals("Single actor", license.selectFirst(".chip").text());
        assertEquals("Only Acme Corp can change the license.", license.selectFirst("p").text());
        assertEquals("https://acme.example/cla", license.selectFirst(".evidence a").attr("href"));
        assertEquals(5, p.select(".question").size());
        assertTrue(p.selectFirst(".flags").text().contains("Single-actor control"));
        // Levers: the admin fact names the subsidiary; the merge fact of Alice ended and is shown as past.
        assertEquals("Acme Labs", p.select("tr:has(td:contains(Admin rights)) td[data-label=Holder] a").text());
        assertTrue(p.select("tr.past").text().contains("Alice Liddell"));
        // Markdown description: sanitised, the autolink kept.
        assertEquals("https://widget.example", p.selectFirst(".lead a").attr("href"));
        assertEquals("widget", p.selectFirst(".lead strong").text());
        // Evidence goes to the exact commit, file and line on the forge.
        assertTrue(p.select("a[href]").eachAttr("href").contains(
                "https://github.com/acme/widget/blob/" + Fixture.SHA + "/.github/cla.yml#L1"));
        // Charts: SVG with a title and description, and a table as text alternative.
        Element chart = p.selectFirst("#concentration + .card svg");
        assertEquals("img", chart.attr("role"));
        assertEquals("Concentration of commits over time", chart.selectFirst("title").text());
        assertEquals(3, p.select("#concentration + .card details table tbody tr").size());
        assertEquals(2, p.select("#license-history + .card svg rect.fam").size());
        assertEquals("fam fam-source-available", p.select("#license-history + .card svg rect.fam").get(1).attr("class"));
        // Forks, alliances, events, badges.
        assertEquals("Gadget", p.selectFirst("#forks + .table-wrap td[data-label=Fork]").text());
        assertEquals("Compute Club", p.selectFirst("#alliances + .table-wrap td[data-label=Alliance]").text());
        assertEquals("through its steward", p.selectFirst("#alliances + .table-wrap td[data-label=Tie]").text(),
                "membership belongs to the member: the project joined nothing");
        assertTrue(p.selectFirst("#events + ul").text().contains("Widget moves to the BUSL"));
        assertTrue(p.select("#badges ~ .badges code").eachText().contains("[![levermap governance](" + BASE
                + "badges/widget/governance.svg)](" + BASE + "projects/widget/index.html)"));
        assertEquals(3, p.select("#snapshots + ul li").size());
        assertEquals(BASE + "projects/widget/index.html", p.selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void snapshotPageIsCitableWithItsChangesAnchored() throws Exception {
        Document s = site.page("projects/widget/2023-09-30.html");
        assertEquals("Widget on 2023-09-30", s.selectFirst("h1").text());
        Element change = s.getElementById("change-1");
        assertEquals("alert", change.selectFirst(".chip").text());
        assertEquals("Apache-2.0 (permissive) → BUSL-1.1 (source-available)", change.selectFirst(".fromto").text());
        assertEquals("https://github.com/acme/widget/blob/" + Fixture.SHA2 + "/LICENSE",
                change.selectFirst(".evidence a").attr("href"));
        List<String> kinds = s.select("#changes + .card .what > .chip:not(.sev-alert):not(.sev-notable):not(.sev-info)")
                .eachText();
        assertEquals(List.of("License", "Bus factor", "Fork"), kinds);
        assertEquals("../../projects/widget/2023-07-31.html", s.selectFirst("a[rel=prev]").attr("href"));
        assertTrue(s.select("a[rel=next]").isEmpty());
        assertTrue(s.text().contains("Cite as " + BASE + "projects/widget/2023-09-30.html"));
        Document first = site.page("projects/widget/2023-05-31.html");
        assertTrue(first.text().contains("This is the first snapshot."));
        Document middle = site.page("projects/widget/2023-07-31.html");
        assertTrue(middle.select(".changes li").eachText().stream()
                .anyMatch(t -> t.contains("notable") && t.contains("CLA") && t.contains("none → required")));
    }

    @Test
    void timelineListsChangesAndEventsNewestFirst() throws Exception {
        Document t = site.page("projects/widget/timeline.html");
        List<String> dates = t.select(".timeline .when").eachText();
        assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates);
        assertTrue(t.select("li.event").text().contains("Widget moves to the BUSL"));
        assertEquals("Announced on the blog.", t.selectFirst("li.event .note").text());
    }

    @Test
    void aSchismShowsItsPartiesBySideAndItsOutcome() throws Exception {
        for (String page : List.of("projects/widget/index.html", "projects/widget/timeline.html")) {
            Element schism = site.page(page).select("li.event").stream()
                    .filter(e -> e.text().contains("Gadget forks Widget")).findFirst().orElseThrow();
            List<String> sides = schism.select(".parties > div").eachText();
            assertEquals(List.of("Upstream side: Acme Corp (licensor)", "Fork side: Gadget; Globex (backer) globex.example/gadget"),
                    sides.stream().map(x -> x.replace("https://", "")).toList(), page);
            assertEquals("../../actors/acme.html", schism.selectFirst(".parties a").attr("href"), page);
            assertEquals("Outcome (2024-01-15): Both continue. gadget.example/one-year",
                    schism.selectFirst(".outcome").text().replace("https://", ""), page);
            assertEquals("continue", schism.selectFirst(".outcome em").text(), page);
        }
    }

    @Test
    void forksPageDrawsTheGraphAndListsEveryRelation() throws Exception {
        Document f = site.page("forks/index.html");
        Element svg = f.selectFirst("svg.forks");
        assertEquals(List.of("../projects/gadget/index.html", "../projects/widget/index.html"),
                svg.select("a").eachAttr("href").stream().sorted().toList());
        assertEquals("edge hard", svg.selectFirst("path").attr("class"));
        assertTrue(svg.selectFirst("path title").text().contains("Widget → Gadget"));
        Element row = f.selectFirst("table tbody tr");
        assertEquals("Gadget", row.selectFirst("td[data-label=Fork]").text());
        assertEquals("Widget", row.selectFirst("td[data-label=Upstream]").text());
        assertEquals("hard", row.selectFirst("td[data-label=Kind]").text());
        assertEquals("renamed: Widget at the fork point, Gadget now; licenses diverged: upstream moved from Apache-2.0 to BUSL-1.1, the fork kept Apache-2.0", row.selectFirst("td[data-label=Why hard]").text());
    }

    @Test
    void alliancePageShowsMembershipOverTime() throws Exception {
        Document a = site.page("alliances/compute-club.html");
        assertEquals(List.of("Acme Corp", "Globex", "Libre"), a.select("td[data-label=Member]").eachText());
        assertEquals("2023-06-30", a.select("tr.past td[data-label=Left]").text());
        Element svg = a.selectFirst("svg.alliance");
        assertEquals(2, svg.select("rect.ongoing").size());
        assertEquals(1, svg.select("rect.former").size());
        assertEquals("../actors/acme.html", svg.selectFirst("a").attr("href"));
        assertEquals("Pools compute for members.", a.selectFirst(".lead").text());
        Document index = site.page("alliances/index.html");
        assertEquals("2", index.selectFirst("td[data-label=Members]").text());
        assertEquals("1", index.selectFirst("td[data-label=Former]").text());
    }

    @Test
    void actorPageListsEveryLeverItHoldsAcrossProjects() throws Exception {
        Document a = site.page("actors/acme.html");
        List<String> levers = a.select("#levers + .table-wrap tbody tr").eachText();
        assertTrue(levers.stream().anyMatch(t -> t.startsWith("Widget Legal entity")), levers.toString());
        assertTrue(levers.stream().anyMatch(t -> t.startsWith("Widget Admin rights") && t.contains("Acme Labs")),
                "a lever held through a subsidiary names it");
        assertEquals("Widget", a.select(".summary-card").get(0).selectFirst("a").text());
        assertTrue(a.select(".summary-card").get(2).text().contains("Acme Labs"), "owns Acme Labs");
        assertTrue(a.text().contains("Compute Club"));
        assertEquals("company", a.selectFirst(".chips .chip").text());
        Document alice = site.page("actors/alice.html");
        assertTrue(alice.select(".summary-card").get(1).text().startsWith("Affiliated with Acme Corp since 2020-01-01"),
                alice.select(".summary-card").get(1).text());
    }

    @Test
    void changeLogPageCountsAndLinksEveryChange() throws Exception {
        Document c = site.page("changes/index.html");
        int total = c.select(".changes > li").size();
        assertEquals(7, total);
        assertTrue(c.selectFirst(".meta-line").text().startsWith(total + " changes"));
        assertEquals("projects/widget/2023-09-30.html#change-1", c.selectFirst(".changes li .when a").attr("href")
                .replace("../", ""));
        assertEquals("../projects/widget/index.html", c.selectFirst(".changes li strong a").attr("href"));
    }

    @Test
    void feedIsAtomWithAbsoluteUrls() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(site.text("feed.xml").getBytes()));
        String atom = "http://www.w3.org/2005/Atom";
        assertEquals("feed", feed.getDocumentElement().getLocalName());
        assertEquals(atom, feed.getDocumentElement().getNamespaceURI());
        NodeList entries = feed.getElementsByTagNameNS(atom, "entry");
        assertEquals(2, entries.getLength(), "one entry per project and snapshot with changes");
        var first = (org.w3c.dom.Element) entries.item(0);
        assertEquals(BASE + "projects/widget/2023-09-30.html",
                ((org.w3c.dom.Element) first.getElementsByTagNameNS(atom, "link").item(0)).getAttribute("href"));
        assertEquals("2023-09-30T00:00:00Z", first.getElementsByTagNameNS(atom, "updated").item(0).getTextContent());
        assertTrue(first.getElementsByTagNameNS(atom, "title").item(0).getTextContent().startsWith("Widget: alert"));
        assertTrue(first.getElementsByTagNameNS(atom, "content").item(0).getTextContent().contains("<li><strong>alert"));
        assertEquals(BASE + "feed.xml", feed.getElementsByTagNameNS(atom, "id").item(0).getTextContent());
    }

    @Test
    void sitemapListsEveryPageWithAbsoluteUrlsAndRobotsNamesIt() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var map = factory.newDocumentBuilder().parse(new ByteArrayInputStream(site.text("sitemap.xml").getBytes()));
        NodeList locs = map.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> urls = new java.util.ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent());
        }
        assertEquals(BASE, urls.get(0));
        assertTrue(urls.stream().allMatch(u -> u.startsWith(BASE)));
        assertTrue(urls.contains(BASE + "projects/widget/2023-05-31.html"));
        assertFalse(urls.contains(BASE + "404.html"));
        assertEquals(site.pages().size() - 1, urls.size(), "every page but 404.html");
        assertTrue(site.text("robots.txt").contains("Sitemap: " + BASE + "sitemap.xml"));
    }

    @Test
    void apiBadgesAndHostingFiles() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode index = json.readTree(site.text("api/index.json"));
        assertEquals(5, index.get("projects").size());
        JsonNode widget = json.readTree(site.text("api/projects/widget.json"));
        assertEquals("acme", widget.at("/assessment/steward/id").asText());
        assertEquals("corporate-led", widget.at("/assessment/model").asText());
        assertEquals("company-holds-decisive-lever", widget.at("/assessment/reason_codes/0").asText());
        assertEquals("compute-club", widget.at("/assessment/alliances/0/id").asText());
        assertEquals("steward", widget.at("/assessment/alliances/0/via").asText());
        assertEquals("acme", widget.at("/assessment/alliances/0/member/id").asText());
        assertEquals(3, widget.get("snapshots").size());
        assertEquals("license", widget.at("/changes/0/kind").asText());
        assertEquals(1, json.readTree(site.text("api/forks.json")).get("forks").size());
        JsonNode badge = json.readTree(site.text("badges/widget/governance.json"));
        assertEquals(1, badge.get("schemaVersion").asInt());
        assertEquals("corporate-led", badge.get("message").asText());
        var svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(site.text("badges/widget/license.svg").getBytes()));
        assertEquals("svg", svg.getDocumentElement().getTagName());
        assertTrue(svg.getDocumentElement().getAttribute("aria-label").equals("license: BUSL-1.1"));
        assertTrue(site.has(".nojekyll"));
        assertEquals(BASE, site.page("404.html").selectFirst("base").attr("href"));
        assertTrue(site.text("search-index.js").startsWith("window.LEVERMAP_INDEX = [{\"id\":\"bare\""));
    }

    @Test
    void linksBetweenPagesAreRelative() throws Exception {
        for (String path : site.pages()) {
            Document d = site.page(path);
            for (Element e : d.select("[href], [src]")) {
                String link = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                assertFalse(link.startsWith("/"), path + " links " + link);
                if (!link.startsWith("http") && !e.normalName().equals("base")) {
                    assertFalse(link.contains("://"), path + " links " + link);
                }
            }
        }
    }

    @Test
    void aProjectWithoutSnapshotsStillHasItsPages() throws Exception {
        Document bare = site.page("projects/bare/index.html");
        assertTrue(bare.text().contains("No snapshot yet"));
        assertEquals("Unknown", bare.selectFirst(".chip.model-unknown").text());
        assertTrue(site.page("projects/bare/timeline.html").text().contains("Nothing yet"));
    }
}
