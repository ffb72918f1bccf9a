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
import org.levermap.model.repo.Sha256;
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
    private final JsonApi api;
    private final TemplateRenderer templates;
    private final Long sourceDateEpoch;
    private final PageInputs inputs;
    private final String siteKey;
    private final List<PlannedFile> files = new ArrayList<>();

    private SitePlan(Views views, TemplateRenderer templates, Long sourceDateEpoch, PageInputs inputs, String siteKey) {
        this.views = views;
        this.api = new JsonApi(views);
        this.templates = templates;
        this.sourceDateEpoch = sourceDateEpoch;
        this.inputs = inputs;
        this.siteKey = siteKey;
    }

    /** The plan of the whole site, every file rendered. */
    public static List<PlannedFile> of(Views views, TemplateRenderer templates, Theme theme, Long sourceDateEpoch)
            throws java.io.IOException, org.levermap.render.theme.ThemeException {
        return of(views, templates, theme, sourceDateEpoch, null, null);
    }

    /**
     * The plan of the whole site, each project's files marked with the key of their inputs (when
     * {@code inputs} is given) and each site-wide page with the key of what it shows (when
     * {@code siteKey} is given), so that a build may carry them over from the previous one.
     *
     * @param siteKey the key of what every page depends on besides its view: levermap's code, the
     *     theme, the options and the site's settings
     */
    public static List<PlannedFile> of(Views views, TemplateRenderer templates, Theme theme, Long sourceDateEpoch,
            PageInputs inputs, String siteKey) throws java.io.IOException, org.levermap.render.theme.ThemeException {
        SitePlan plan = new SitePlan(views, templates, sourceDateEpoch, inputs, siteKey);
        plan.pages(theme);
        plan.hosting();
        plan.api();
        plan.badges();
        for (Map.Entry<String, Theme.StaticFile> f : theme.staticFiles().entrySet()) {
            plan.files.add(new PlannedFile(f.getKey(), false, null, false, f.getValue()::bytes));
        }
        plan.sitemap();
        return List.copyOf(plan.files);
    }

    private void pages(Theme theme) {
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
            // Its JSON beside its pages: they read the project's whole history, which is read again from
            // its files once it is no longer among the few kept (see ChangeLog.history).
            files.add(new PlannedFile(SitePaths.projectJson(id), false, null, false, () -> api.project(id), key));
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
        int changePages = views.changePages();
        boolean totalsEverywhere = theme.overrides("changes.ftlh");
        for (int n = 1; n <= changePages; n++) {
            changesPage(n, changePages, totalsEverywhere, asOf);
        }
    }

    /**
     * A page of the change log. Its first key is made without building its changes' views (a rebuild
     * would otherwise build the view of every change of the site): from what it shows besides them and,
     * for each change, its project's key ({@link PageInputs}, which covers every view of that project's
     * changes) and where it stands among that project's changes. When that key has changed (a changed
     * project's changes are on the page, or all projects' keys changed), its second key is its view's, as
     * for the other site-wide pages, so that a page whose view is the same is still carried over.
     */
    private void changesPage(int n, int pages, boolean totalsEverywhere, String asOf) {
        String path = SitePaths.changes(n, pages);
        String template = "changes.ftlh";
        files.add(new PlannedFile(path, true, asOf, true, () -> {
            Map<String, Object> m = model(path, n == pages ? "Changes" : "Changes, page " + n,
                    "Every change of every project's levers, newest first.", "changes");
            PlannedFile.Producer render = () -> {
                m.computeIfAbsent("changes", k -> views.changesPage(n, totalsEverywhere));
                return templates.render(template, m);
            };
            PlannedFile.SecondKey byView = () -> {
                m.put("changes", views.changesPage(n, totalsEverywhere));
                return viewKey(template, m);
            };
            String key = changesKey(template, m, n, totalsEverywhere);
            return key == null ? new PlannedFile.Prepared(siteKey == null ? null : byView.make(), render)
                    : new PlannedFile.Prepared(key, render, byView);
        }));
    }

    private String changesKey(String template, Map<String, Object> model, int n, boolean totalsEverywhere) {
        if (siteKey == null || inputs == null) {
            return null;
        }
        Map<String, Object> frame = new java.util.HashMap<>(model);
        frame.put("changes", views.changesFrame(n, totalsEverywhere));
        String frameKey = viewKey(template, frame);
        if (frameKey == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(frameKey);
        for (String change : views.changesOf(n)) {
            String project = keyOf(change.substring(0, change.indexOf('\t')));
            if (project == null) {
                return null;
            }
            text.append('\n').append(change).append('\t').append(project);
        }
        return Sha256.hex(text.toString());
    }

    private void hosting() {
        String base = views.site().baseUrl();
        files.add(rendered("404.html", false, null, "404.ftlh", () -> {
            Map<String, Object> m = model("404.html", "Page not found", null, null);
            // 404.html is served for any missing path: with a <base> on the site's URL its relative links still work.
            m.put("root", "");
            return m;
        }));
        files.add(rendered(SitePaths.feed(), false, null, "feed.ftlx", () -> {
            Map<String, Object> m = model(SitePaths.feed(), "Changes", null, null);
            m.put("feed", AtomFeed.of(views, sourceDateEpoch));
            return m;
        }));
        files.add(new PlannedFile("robots.txt", false, null, false, () -> RobotsTxt.of(base)));
        files.add(new PlannedFile(".nojekyll", false, null, false, () -> new byte[0]));
        files.add(new PlannedFile(SitePaths.searchIndex(), false, null, false, () -> SearchIndex.script(views.index())));
    }

    private void api() {
        files.add(new PlannedFile(SitePaths.api(), false, null, false, api::index));
        files.add(new PlannedFile("api/changes.json", false, null, false, api::changes));
        files.add(new PlannedFile("api/forks.json", false, null, false, api::forks));
        files.add(new PlannedFile("api/alliances.json", false, null, false, api::alliances));
        files.add(new PlannedFile("api/actors.json", false, null, false, api::actors));
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
        // Its key is what it lists (the site key holds the base URL): 3 MB at 27,000 pages, not worth writing again.
        files.add(new PlannedFile("sitemap.xml", false, null, false, () -> new PlannedFile.Prepared(
                siteKey == null ? null : Sha256.hex(siteKey + "\nsitemap\n" + ViewDigest.of(ordered)),
                () -> SitemapWriter.write(base, ordered))));
    }

    private void page(String path, String template, String title, String description, String section, String lastmod,
            String key, Supplier<Object> view) {
        page(path, template, title, description, section, lastmod, key, view, null);
    }

    private void page(String path, String template, String title, String description, String section, String lastmod,
            String key, Supplier<Object> view, String inputKey) {
        Supplier<Map<String, Object>> model = () -> {
            Map<String, Object> m = model(path, title, description, section);
            m.put(key, view.get());
            return m;
        };
        if (inputKey != null) {
            files.add(new PlannedFile(path, true, lastmod, true, () -> templates.render(template, model.get()),
                    inputKey));
        } else {
            files.add(rendered(path, true, lastmod, template, model));
        }
    }

    /**
     * A file the theme renders from a model built when it is rendered: with a site key, the model is
     * built once, for the file's key and, unless the file is carried over, to render it.
     */
    private PlannedFile rendered(String path, boolean listed, String lastmod, String template,
            Supplier<Map<String, Object>> model) {
        return new PlannedFile(path, template.endsWith(".ftlh"), lastmod, listed, () -> {
            Map<String, Object> m = model.get();
            return new PlannedFile.Prepared(siteKey == null ? null : viewKey(template, m),
                    () -> templates.render(template, m));
        });
    }

    /**
     * The key of a site-wide file: the site-wide inputs, its template and the digest of its model but
     * {@code links} (the site's addresses, a function of levermap's code); null when the model holds
     * something {@link ViewDigest} does not know, so that it is rendered.
     */
    private String viewKey(String template, Map<String, Object> model) {
        Map<String, Object> shown = new TreeMap<>(model);
        shown.remove("links");
        String digest = ViewDigest.of(shown);
        return digest == null ? null : Sha256.hex(siteKey + "\n" + template + "\n" + digest);
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
