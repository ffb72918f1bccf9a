package org.levermap.render;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.levermap.model.SiteConfig;
import org.levermap.model.change.ChangeLog;
import org.levermap.model.repo.CodeVersion;
import org.levermap.model.repo.DataException;
import org.levermap.model.repo.DataRepository;
import org.levermap.model.repo.RecordMemory;
import org.levermap.model.repo.Sha256;
import org.levermap.model.repo.UnreadableSnapshots;
import org.levermap.render.check.LinkChecker;
import org.levermap.render.link.SafeUrl;
import org.levermap.render.output.BuildState;
import org.levermap.render.output.OutputException;
import org.levermap.render.output.PageRecord;
import org.levermap.render.output.SiteListing;
import org.levermap.render.output.StagedOutput;
import org.levermap.render.plan.PageInputs;
import org.levermap.render.plan.PlannedFile;
import org.levermap.render.plan.SitePlan;
import org.levermap.render.theme.TemplateRenderer;
import org.levermap.render.theme.Theme;
import org.levermap.render.theme.ThemeException;
import org.levermap.render.view.DataRange;
import org.levermap.render.view.SiteView;
import org.levermap.render.view.Views;
import org.levermap.render.words.Phrasebook;
import org.levermap.render.words.WordsException;

/**
 * Builds the static site of a data repository: load and validate, derive the assessments and the
 * change log, render every page in parallel into a staging folder, check every internal link, and only
 * then swap the new site in. Any failure leaves the previous site untouched. The same input gives the
 * same bytes; a rebuild with nothing changed does nothing. A builder used again (the preview server
 * keeps one) takes what its earlier builds read and derived from memory where the files are unchanged.
 */
public final class SiteBuilder {

    private final BuildOptions options;
    private final String generator;
    /** What this builder's builds read and derived, kept decoded for its next build (held softly). */
    private final RecordMemory memory = new RecordMemory();
    /** The page record this builder last wrote, taken instead of reading it again while its file is unchanged. */
    private PageRecord written;

    /**
     * @param options how to build
     * @param generator levermap's name and version, shown in the pages' generator tag
     */
    public SiteBuilder(BuildOptions options, String generator) {
        this.options = options;
        this.generator = generator;
    }

    /**
     * Builds the site of the data repository {@code root} into {@code out}.
     *
     * @throws DataException the data has problems (each located by file, line and column)
     * @throws BuildException a template failed, links are broken or the output folder cannot be used
     */
    public BuildResult build(Path root, Path out) throws DataException, BuildException, IOException {
        long start = System.nanoTime();
        Path data = root.toAbsolutePath().normalize();
        Path target = out.toAbsolutePath().normalize();
        checkFolders(data, target, out);
        List<String> recovered = StagedOutput.repair(target);
        BuildState state = BuildState.of(data, target, options.baseUrl() + "|" + options.sourceDateEpoch(),
                codeLocations());
        if (!options.force() && state.upToDate(target)) {
            return new BuildResult(true, 0, 0, 0, 0, millis(start), recovered, Map.of("check inputs", millis(start)));
        }
        Map<String, Long> phases = new java.util.LinkedHashMap<>();
        long t = System.nanoTime();
        Map<String, String> digests = new ConcurrentHashMap<>();
        // Streamed: the snapshots stay in their files; the change log reads each project once, or not at
        // all when its summary is cached, and pages read their project again (see ChangeLog).
        DataRepository repo = DataRepository.loadStreamed(data, digests, memory);
        t = phase(phases, "load", t);
        List<String> warnings = new ArrayList<>(recovered);
        String base = baseUrl(repo.config(), warnings);
        ChangeLog log;
        try {
            log = ChangeLog.of(repo);
        } catch (UnreadableSnapshots e) {
            throw e.problems();
        }
        Phrasebook phrasebook;
        try {
            phrasebook = Phrasebook.of(data);
        } catch (WordsException e) {
            throw new BuildException(e.getMessage());
        }
        t = phase(phases, "assess", t);
        // What the caches keep is settled now: they are pruned while the site is planned and rendered.
        try (CachePruning pruning = new CachePruning(repo.store())) {
            SiteView siteView = site(repo.config(), base, log);
            Views views = new Views(repo, log, siteView, phrasebook);
            Theme theme = new Theme(data);
            // One walk of the site as it is: what the page record and the back buffer were recorded against.
            SiteListing front = SiteListing.of(target);
            // --force renders every page; otherwise a project's pages whose inputs are unchanged are carried over.
            PageRecord pages = options.force() ? null
                    : PageRecord.of(data, target, front == null ? null : front.fingerprint(), written);
            String site = siteInputs(data, siteView);
            PageInputs inputs = PageInputs.of(repo, log, digests, site);
            List<PlannedFile> plan;
            try {
                theme.checkLinks();
                plan = SitePlan.of(views, new TemplateRenderer(theme), theme, options.sourceDateEpoch(), inputs,
                        Sha256.hex(site));
            } catch (ThemeException e) {
                throw new BuildException("the theme holds links levermap will not follow; nothing was built and the"
                        + " previous site was left as it was", List.of(e.getMessage().split("\n")));
            }
            t = phase(phases, "plan", t);

            StagedOutput output;
            try {
                // Double-buffered: the previous site, kept beside the output, is brought up to date in place.
                output = StagedOutput.open(out, front, plan.stream().map(PlannedFile::path).toList(), !options.force());
            } catch (OutputException e) {
                throw new BuildException(e.getMessage());
            }
            warnings.addAll(output.recovered());
            SiteListing built = null;
            java.util.concurrent.CompletableFuture<PageRecord.Prepared> prepared = null;
            int threads = options.threads() > 0 ? options.threads() : Runtime.getRuntime().availableProcessors();
            PlanRenderer renderer = new PlanRenderer(plan, output, pages, threads);
            try {
                LinkChecker links = renderer.render();
                t = phase(phases, "render", t);
                List<String> broken = links.problems();
                if (!broken.isEmpty()) {
                    throw new BuildException(broken.size() + " broken link" + (broken.size() == 1 ? "" : "s")
                            + " in the built site; the previous site was left as it was", broken);
                }
                t = phase(phases, "check links", t);
                // The page record made into bytes on the other core while the site is committed.
                prepared = java.util.concurrent.CompletableFuture.supplyAsync(() -> PageRecord.prepare(renderer.keys(),
                        renderer.links(), renderer.ids()));
                built = output.commit();
            } finally {
                if (built == null) {
                    output.abort();
                }
            }
            String recorded = state.record(built.fingerprint());
            this.written = PageRecord.at(data, target).record(recorded, prepared.join());
            pruning.close();
            phase(phases, "commit", t);
            int html = (int) plan.stream().filter(PlannedFile::html).count();
            return new BuildResult(false, plan.size() + 1, html, output.written(), output.unchanged(), millis(start),
                    warnings, phases, renderer.carried());
        }
    }

    /** The output must not hold the data, and must not sit among the files a build reads. */
    private static void checkFolders(Path data, Path target, Path out) throws BuildException {
        if (data.startsWith(target)) {
            throw new BuildException("the output folder " + out + " contains the data repository; choose another one"
                    + " (the default is DIR/_site)");
        }
        for (String input : List.of("projects", "actors", "alliances", "templates", "static", "schema")) {
            if (target.startsWith(data.resolve(input))) {
                throw new BuildException("the output folder " + out + " is inside the data repository's " + input
                        + "/ folder; choose another one (the default is DIR/_site)");
            }
        }
    }

    private String baseUrl(SiteConfig config, List<String> warnings) throws BuildException {
        String raw = options.baseUrl() != null ? options.baseUrl() : config.baseUrl();
        if (raw == null || raw.isBlank()) {
            warnings.add("levermap.yaml has no base_url (and no --base-url was given): feed.xml uses relative links,"
                    + " badge snippets show a placeholder and sitemap.xml is not written");
            return null;
        }
        String url = SafeUrl.of(raw);
        if (url == null || url.contains("?") || url.contains("#")) {
            throw new BuildException("base URL '" + raw + "' is not an absolute http(s) URL without query or fragment"
                    + (options.baseUrl() != null ? " (--base-url)" : " (levermap.yaml: base_url)"));
        }
        return url.endsWith("/") ? url : url + "/";
    }

    private SiteView site(SiteConfig config, String base, ChangeLog log) {
        DataRange range = DataRange.of(log.summaries().values());
        String builtOn = options.sourceDateEpoch() == null ? null
                : Instant.ofEpochSecond(options.sourceDateEpoch()).atZone(ZoneOffset.UTC).toLocalDate().toString();
        String origin = null;
        if (base != null) {
            java.net.URI uri = java.net.URI.create(base);
            origin = uri.getScheme() + "://" + uri.getRawAuthority();
        }
        return new SiteView(config.title(), config.description(), config.language() == null ? "en" : config.language(),
                base, origin, generator, builtOn, range.to() == null ? null : range.to().toString(),
                range.from() == null ? null : range.from().toString(), range.curatedOnly());
    }

    /**
     * What every page depends on besides the data: levermap's code and default theme, the options, the
     * site's settings as shown, and the data repository's own templates and static files.
     */
    private String siteInputs(Path data, SiteView site) throws IOException {
        StringBuilder text = new StringBuilder("generator\t").append(generator).append("\noptions\t")
                .append(options.baseUrl()).append('|').append(options.sourceDateEpoch()).append("\nsite\t")
                .append(site).append("\ntheme\t").append(PageInputs.folderDigest(data, List.of("templates", "static")));
        for (URL code : codeLocations()) {
            text.append("\ncode\t").append(CodeVersion.of(code));
        }
        // The assessment and the change rules live in the model: when run from separate module jars, its own.
        text.append("\nmodel\t").append(CodeVersion.of(DataRepository.class));
        return text.toString();
    }

    /** Where levermap's code and default theme come from: a rebuild after upgrading levermap is a full one. */
    private static List<URL> codeLocations() {
        List<URL> urls = new ArrayList<>();
        var source = SiteBuilder.class.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
            urls.add(source.getLocation());
        }
        URL theme = Theme.class.getResource("/org/levermap/theme/theme.index");
        if (theme != null) {
            urls.add(theme);
        }
        return urls;
    }

    private static long phase(Map<String, Long> phases, String name, long since) {
        long now = System.nanoTime();
        phases.put(name, (now - since) / 1_000_000);
        return now;
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
