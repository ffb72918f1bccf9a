package org.levermap.render.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import org.levermap.model.LicenseFamily;
import org.levermap.model.assess.Flag;
import org.levermap.model.assess.GovernanceModel;
import org.levermap.model.change.Change;
import org.levermap.model.change.ChangeLog;
import org.levermap.model.change.HistorySummary;
import org.levermap.model.change.Severity;
import org.levermap.model.repo.DataRepository;
import org.levermap.render.markdown.MarkdownRenderer;
import org.levermap.render.words.Phrasebook;
import org.levermap.render.words.Words;

/**
 * Builds the view of every page from the data repository and its change log. Views are built when a
 * page is rendered, from many threads at once; the shared parts are built once, up front.
 */
public final class Views {

    private static final int RECENT_CHANGES = 10;
    /** How many projects' change views are kept: more than the threads rendering at once. */
    private static final int PROJECTS_IN_FLIGHT = 16;

    private final DataRepository repo;
    private final ChangeLog log;
    private final SiteView site;
    private final Refs refs;
    private final Words words;
    private final ForkViews forks;
    private final ProjectViews projects;
    private final AllianceViews alliances;
    private final ActorViews actors;
    /**
     * The change views of the projects whose pages are being rendered: pages are rendered project by
     * project, so a few are enough, and holding every project's would keep them all until the end.
     */
    private final Map<String, Map<Change, ChangeView>> changeViews = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Map<Change, ChangeView>> eldest) {
            return size() > PROJECTS_IN_FLIGHT;
        }
    };
    private final int alerts;
    private final int notable;
    /** For each change of the log, newest first, how many changes of its project come before it. */
    private final int[] ordinals;

    /**
     * @param repo the loaded data repository
     * @param log its change log
     * @param site the site's settings as shown
     * @param phrasebook the wording of verdicts and changes
     */
    public Views(DataRepository repo, ChangeLog log, SiteView site, Phrasebook phrasebook) {
        this.repo = repo;
        this.log = log;
        this.site = site;
        this.words = new Words(phrasebook, log.assessor().actors());
        this.refs = new Refs(repo, new Links(new org.levermap.render.link.EvidenceLinks(), words), words);
        MarkdownRenderer markdown = new MarkdownRenderer();
        this.forks = new ForkViews(refs, log);
        this.projects = new ProjectViews(repo, log.assessor(), refs, markdown, forks,
                new Badges(site.baseUrl()));
        this.alliances = new AllianceViews(repo, refs, markdown, site.dataAsOf() == null ? null
                : LocalDate.parse(site.dataAsOf()));
        this.actors = new ActorViews(repo, log, refs, markdown);
        List<Change> all = log.all();
        int alertCount = 0;
        int notableCount = 0;
        this.ordinals = new int[all.size()];
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (int i = 0; i < ordinals.length; i++) {
            Change c = all.get(i);
            alertCount += c.severity() == Severity.ALERT ? 1 : 0;
            notableCount += c.severity() == Severity.NOTABLE ? 1 : 0;
            ordinals[i] = seen.merge(c.project(), 1, Integer::sum) - 1;
        }
        this.alerts = alertCount;
        this.notable = notableCount;
    }

    /** The wording of verdicts and changes: what every view, feed and API of this build says. */
    public Words words() {
        return words;
    }

    public SiteView site() {
        return site;
    }

    public ChangeLog log() {
        return log;
    }

    private Map<Change, ChangeView> changes(String project) {
        synchronized (changeViews) {
            Map<Change, ChangeView> cached = changeViews.get(project);
            if (cached != null) {
                return cached;
            }
        }
        // Built outside the lock: two threads may build the same views, which are equal.
        Map<Change, ChangeView> built = new ChangeViews(refs).of(log.summary(project));
        synchronized (changeViews) {
            changeViews.put(project, built);
        }
        return built;
    }

    /**
     * The view of one change, anchored on its snapshot page. The site-wide pages ask for every change
     * of every project: those not at hand are built alone and not kept.
     */
    public ChangeView change(Change c) {
        synchronized (changeViews) {
            Map<Change, ChangeView> cached = changeViews.get(c.project());
            if (cached != null) {
                return cached.get(c);
            }
        }
        return new ChangeViews(refs).one(log.summary(c.project()), c);
    }

    private volatile IndexPage index;

    /** The index page's view, built once (the index, its search index and api/index.json share it). */
    public IndexPage index() {
        IndexPage built = index;
        if (built == null) {
            synchronized (this) {
                if (index == null) {
                    index = buildIndex();
                }
                built = index;
            }
        }
        return built;
    }

    private IndexPage buildIndex() {
        List<ProjectRow> rows = new ArrayList<>();
        for (HistorySummary h : log.summaries().values()) {
            // One change a row: its view alone, not every change of the project's.
            rows.add(projects.row(h, this::change));
        }
        rows.sort(Comparator.comparing((ProjectRow r) -> r.project().name().toLowerCase(Locale.ROOT))
                .thenComparing(r -> r.project().id()));
        Map<String, Integer> models = new TreeMap<>();
        Map<String, Integer> families = new TreeMap<>();
        Map<String, Integer> flags = new TreeMap<>();
        for (ProjectRow r : rows) {
            models.merge(r.model(), 1, Integer::sum);
            if (r.family() != null) {
                families.merge(r.family(), 1, Integer::sum);
            }
            r.flags().forEach(f -> flags.merge(f.keyword(), 1, Integer::sum));
        }
        List<IndexPage.Choice> modelChoices = new ArrayList<>();
        for (GovernanceModel m : GovernanceModel.values()) {
            if (models.containsKey(m.keyword())) {
                modelChoices.add(new IndexPage.Choice(m.keyword(), words.title(m), models.get(m.keyword())));
            }
        }
        List<IndexPage.Choice> familyChoices = new ArrayList<>();
        for (LicenseFamily f : LicenseFamily.values()) {
            if (families.containsKey(f.keyword())) {
                familyChoices.add(new IndexPage.Choice(f.keyword(), f.keyword(), families.get(f.keyword())));
            }
        }
        List<IndexPage.Choice> flagChoices = new ArrayList<>();
        for (Flag f : Flag.values()) {
            if (flags.containsKey(f.keyword())) {
                flagChoices.add(new IndexPage.Choice(f.keyword(), words.label(f), flags.get(f.keyword())));
            }
        }
        List<ChangeView> recent = log.all().stream().filter(c -> c.severity() != Severity.INFO).limit(RECENT_CHANGES)
                .map(this::change).toList();
        return new IndexPage(rows, modelChoices, familyChoices, flagChoices, recent,
                Findings.of(repo, log, rows, forks.all(), refs));
    }

    public ProjectPage project(String id) {
        return projects.page(log.history(id), changes(id));
    }

    /** A project without its charts and snapshot details, for the JSON API. */
    public ProjectSummary projectSummary(String id) {
        return projects.summary(log.summary(id));
    }

    public TimelinePage timeline(String id) {
        return projects.timeline(log.history(id), changes(id));
    }

    /** The page of the {@code index}-th snapshot (oldest is 0) of a project. */
    public SnapshotPage snapshot(String id, int index) {
        return projects.snapshot(log.history(id), index, changes(id));
    }

    public ForksPage forks() {
        return new ForksPage(forks.graph(), forks.all());
    }

    public List<ForkView> forkList() {
        return forks.all();
    }

    public AlliancesPage alliances() {
        return alliances.index();
    }

    public AlliancePage alliance(String id) {
        return alliances.page(id);
    }

    public ActorsPage actors() {
        return actors.index();
    }

    public ActorPage actor(String id) {
        return actors.page(id);
    }

    /**
     * How many pages the change log has. Pages are counted from the oldest change, {@link
     * SitePaths#CHANGES_PER_PAGE} each, so that changes added at the top (a monthly collect) leave the
     * older pages as they were: page {@code pages} is the entry page, {@code changes/index.html}, with
     * the newest changes (the newest full page's and those after it, fewer than two pages' worth).
     */
    public int changePages() {
        return ChangePaging.pages(log.all().size());
    }

    /**
     * Page {@code n} (1-based, from the oldest; {@link #changePages()} is the entry page) of the change
     * log, newest first. The totals (and how many pages there are) are on the entry page only, so that a
     * change added or removed re-renders the pages it moves, not all of them; {@code totalsEverywhere}
     * puts them on every page, for a theme's own {@code changes.ftlh} that may read them anywhere.
     */
    public ChangesPage changesPage(int n, boolean totalsEverywhere) {
        List<Change> all = log.all();
        // All is newest first: the change counted i from the oldest is at all.size() - 1 - i.
        int[] range = ChangePaging.range(n, all.size());
        return frame(n, totalsEverywhere, all.subList(all.size() - range[1], all.size() - range[0]).stream()
                .map(this::change).toList());
    }

    /** Page {@code n} of the change log without its changes: what it shows besides them. */
    public ChangesPage changesFrame(int n, boolean totalsEverywhere) {
        return frame(n, totalsEverywhere, List.of());
    }

    /**
     * The changes of page {@code n} of the change log without their views, each as its project's id and
     * where it stands among that project's changes in the log ({@code "id\tN"}): with the project's key,
     * which covers every view of its changes (its timeline shows them all), what names the change's view.
     */
    public List<String> changesOf(int n) {
        List<Change> all = log.all();
        int[] range = ChangePaging.range(n, all.size());
        List<String> changes = new ArrayList<>(range[1] - range[0]);
        for (int i = all.size() - range[1]; i < all.size() - range[0]; i++) {
            changes.add(all.get(i).project() + "\t" + ordinals[i]);
        }
        return changes;
    }

    private ChangesPage frame(int n, boolean totalsEverywhere, List<ChangeView> changes) {
        int total = log.all().size();
        int pages = ChangePaging.pages(total);
        boolean totals = totalsEverywhere || n >= pages;
        return new ChangesPage(changes, n, totals ? pages : null, totals ? total : null, totals ? alerts : null,
                totals ? notable : null, n < pages ? SitePaths.changes(n + 1, pages) : null,
                n > 1 ? SitePaths.changes(n - 1, pages) : null);
    }

    public DataRepository repository() {
        return repo;
    }
}
