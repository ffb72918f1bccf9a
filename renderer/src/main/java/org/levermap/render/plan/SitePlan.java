package org.levermap.render.plan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.levermap.model.Snapshot;
import org.levermap.model.change.HistorySummary;
import org.levermap.render.feed.AtomFeed;
import org.levermap.render.feed.RobotsTxt;
import org.levermap.render.feed.SitemapWriter;
import org.levermap.render.json.JsonApi;
import org.levermap.render.json.SearchIndex;
import org.levermap.render.json.ShieldsEndpoint;
import org.levermap.render.svg.BadgeSvg;
import org.levermap.render.theme.TemplateRenderer;
import org.levermap.render.theme.Theme;
import org.levermap.render.view.Badges;
import org.levermap.render.view.PageMeta;
import org.levermap.render.view.SiteLinks;
import org.levermap.render.view.SitePaths;
import org.levermap.render.view.Views;

/**
 * Every file of the site, in a fixed order: the pages of DESIGN.md's table, the feed, sitemap,
 * robots.txt, 404 page, API, badges and the theme's static files. Producing them is left to the
 * builder, which may do it in parallel.
 */
public final class SitePlan {

    /** The site's addresses for templates; it holds no state of a build. */
    private static final SiteLinks LINKS = new SiteLinks();

    private final Views views;
    private final TemplateRenderer templates;
    private final Long sourceDateEpoch;
    private final PageInputs inputs;
    private final List<PlannedFile> files = new ArrayList<>();

    private SitePlan(Views views, TemplateRenderer templates, Long sourceDateEpoch, PageInputs inputs) {
        this.views = views;
        this.templates = templates;
        this.sourceDateEpoch = sourceDateEpoch;
        this.inputs = inputs;
    }

    /** The plan of the whole site, every file rendered. */
    public static List<PlannedFile> of(Views views, TemplateRenderer templates, Theme theme, Long sourceDateEpoch)
            throws java.io.IOException, org.levermap.render.theme.ThemeException {
        return of(views, templates, theme, sourceDateEpoch, null);
    }

    /**
     * The plan of the whole site, each project's files marked with the key of their inputs (when
     * {@code inputs} is given) so that a build may carry them over from the previous one.
     */
    public static List<PlannedFile> of(Views views, TemplateRenderer templates, Theme theme, Long sourceDateEpoch,
            PageInputs inputs) throws java.io.IOException, org.levermap.render.theme.ThemeException {
        SitePlan plan = new SitePlan(views, templates, sourceDateEpoch, inputs);
        plan.pages();
        plan.hosting();
        plan.api();
        plan.badges();
        for (Map.Entry<String, Theme.StaticFile> f : theme.staticFiles().entrySet()) {
            plan.files.add(new PlannedFile(f.getKey(), false, null, false, f.getValue()::bytes));
        }
        plan.sitemap();
        return List.copyOf(plan.files);
    }

    private void pages() {
        String asOf = views.site().dataAsOf();
        page(SitePaths.index(), "index.ftlh", "Projects", views.site().description(), "projects", asOf, "index",
                views::index);
        for (HistorySummary h : views.log().summaries().values()) {
            String id = h.project().id();
            String name = h.project().name();
            Snapshot latest = h.latestSnapshot();
            String day = latest == null ? null : latest.date().toString();
            String key = keyOf(id);
            // Its snapshot pages first: the anchors its page and timeline link to are then settled at once.
            for (int i = 0; i < h.dates().size(); i++) {
                int index = i;
                java.time.LocalDate date = h.dates().get(i);
                page(SitePaths.snapshot(id, date), "snapshot.ftlh", name + " on " + date, "The levers of "
                        + name + " as observed on " + date + ", with evidence.", "projects", date.toString(),
                        "snapshot", () -> views.snapshot(id, index), key);
            }
            page(SitePaths.project(id), "project.ftlh", name, "Who holds the levers of " + name + ": governance model,"
                    + " steward, the five questions, and how they moved.", "projects", day, "project",
                    () -> views.project(id), key);
            page(SitePaths.timeline(id), "timeline.ftlh", name + " — timeline", "Every change of " + name
                    + "'s levers and every curated event, newest first.", "projects", day, "timeline",
                    () -> views.timeline(id), key);
        }
        page(SitePaths.forks(), "forks.ftlh", "Forks", "Which projects fork which, soft or hard.", "forks", asOf, "forks",
                views::forks);
        page(SitePaths.alliances(), "alliances.ftlh", "Alliances", "Coalitions and their membership over time.",
                "alliances", asOf, "alliances", views::alliances);
        for (String id : views.repository().alliances().keySet()) {
            String name = views.repository().alliances().get(id).name();
            page(SitePaths.alliance(id), "alliance.ftlh", name, "Membership of " + name + " over time.", "alliances",
                    asOf, "alliance", () -> views.alliance(id));
        }
        page(SitePaths.actors(), "actors.ftlh", "Actors", "Companies, foundations and people holding levers.",
                "actors", asOf, "actors", views::actors);
        for (String id : views.repository().actors().keySet()) {
            String name = views.repository().actors().get(id).name();
            page(SitePaths.actor(id), "actor.ftlh", name, "Every lever " + name + " holds, across projects.", "actors",
                    asOf, "actor", () -> views.actor(id));
        }
        for (int n = 1; n <= views.changePages(); n++) {
            int pageNo = n;
            page(SitePaths.changes(n), "changes.ftlh", n == 1 ? "Changes" : "Changes, page " + n,
                    "Every change of every project's levers, newest first.", "changes", asOf, "changes",
                    () -> views.changesPage(pageNo));
        }
    }

    private void hosting() {
        String base = views.site().baseUrl();
        Map<String, Object> notFound = model("404.html", "Page not found", null, null);
        // 404.html is served for any missing path: with a <base> on the site's URL its relative links still work.
        notFound.put("root", "");
        files.add(new PlannedFile("404.html", true, null, false, () -> templates.render("404.ftlh", notFound)));
        files.add(new PlannedFile(SitePaths.feed(), false, null, false, () -> {
            Map<String, Object> m = model(SitePaths.feed(), "Changes", null, null);
            m.put("feed", AtomFeed.of(views, sourceDateEpoch));
            return templates.render("feed.ftlx", m);
        }));
        files.add(new PlannedFile("robots.txt", false, null, false, () -> RobotsTxt.of(base)));
        files.add(new PlannedFile(".nojekyll", false, null, false, () -> new byte[0]));
        files.add(new PlannedFile(SitePaths.searchIndex(), false, null, false, () -> SearchIndex.script(views.index())));
    }

    private void api() {
        JsonApi api = new JsonApi(views);
        files.add(new PlannedFile(SitePaths.api(), false, null, false, api::index));
        files.add(new PlannedFile("api/changes.json", false, null, false, api::changes));
        files.add(new PlannedFile("api/forks.json", false, null, false, api::forks));
        files.add(new PlannedFile("api/alliances.json", false, null, false, api::alliances));
        files.add(new PlannedFile("api/actors.json", false, null, false, api::actors));
        for (String id : views.log().summaries().keySet()) {
            files.add(new PlannedFile(SitePaths.projectJson(id), false, null, false, () -> api.project(id), keyOf(id)));
        }
    }

    private void badges() {
        for (HistorySummary h : views.log().summaries().values()) {
            for (Badges.Content b : Badges.contents(h)) {
                String id = h.project().id();
                files.add(new PlannedFile(SitePaths.badge(id, b.name(), "svg"), false, null, false,
                        () -> BadgeSvg.render(b.label(), b.message(), b.color()).getBytes(StandardCharsets.UTF_8),
                        keyOf(id)));
                files.add(new PlannedFile(SitePaths.badge(id, b.name(), "json"), false, null, false,
                        () -> ShieldsEndpoint.json(b), keyOf(id)));
            }
        }
    }

    /** sitemap.xml lists every page but the 404 page; without a base URL it cannot exist (it needs absolute URLs). */
    private void sitemap() {
        String base = views.site().baseUrl();
        if (base == null) {
            return;
        }
        Map<String, String> pages = new TreeMap<>();
        files.stream().filter(PlannedFile::listed).forEach(f -> pages.put(f.path(), f.lastmod()));
        // The index is the site's front door: list it first, as crawlers read the file in order.
        Map<String, String> ordered = new LinkedHashMap<>();
        ordered.put(SitePaths.index(), pages.remove(SitePaths.index()));
        ordered.putAll(pages);
        files.add(new PlannedFile("sitemap.xml", false, null, false, () -> SitemapWriter.write(base, ordered)));
    }

    private void page(String path, String template, String title, String description, String section, String lastmod,
            String key, Supplier<Object> view) {
        page(path, template, title, description, section, lastmod, key, view, null);
    }

    private void page(String path, String template, String title, String description, String section, String lastmod,
            String key, Supplier<Object> view, String inputKey) {
        files.add(new PlannedFile(path, true, lastmod, true, () -> {
            Map<String, Object> m = model(path, title, description, section);
            m.put(key, view.get());
            return templates.render(template, m);
        }, inputKey));
    }

    /** The key of a project's inputs, or null when this plan carries nothing over. */
    private String keyOf(String projectId) {
        return inputs == null ? null : inputs.keyOf(projectId);
    }

    private Map<String, Object> model(String path, String title, String description, String section) {
        String base = views.site().baseUrl();
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("site", views.site());
        m.put("root", SitePaths.root(path));
        m.put("links", LINKS);
        m.put("page", new PageMeta(path, title, description, section,
                base == null ? null : base + (path.equals(SitePaths.index()) ? "" : path),
                Breadcrumbs.of(path, title, id -> views.repository().projects().get(id).name())));
        return m;
    }
}
