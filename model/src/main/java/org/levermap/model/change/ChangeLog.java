package org.levermap.model.change;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.levermap.model.Project;
import org.levermap.model.Snapshot;
import org.levermap.model.affiliation.Affiliations;
import org.levermap.model.assess.Assessment;
import org.levermap.model.assess.Assessor;
import org.levermap.model.repo.DataException;
import org.levermap.model.repo.DataRepository;
import org.levermap.model.repo.ForkLinks;
import org.levermap.model.repo.Problem;
import org.levermap.model.repo.Sha256;
import org.levermap.model.repo.SnapshotStore;
import org.levermap.model.repo.UnreadableSnapshots;

/**
 * The whole data repository judged over time: every snapshot assessed and every pair of consecutive
 * snapshots compared. Built in parallel; the result does not depend on the order of the work.
 *
 * <p>Of a repository loaded whole it keeps every project's {@link ProjectHistory}. Of a streamed one
 * ({@link DataRepository#loadStreamed}) it keeps each project's {@link HistorySummary} only, and reads a
 * project's snapshots again when its whole history is asked for; each summary is kept in the data
 * repository's cache under a key of everything it was derived from, so a project whose inputs did not
 * change is not read at all by the next build.
 */
public final class ChangeLog {

    /** How many whole histories a streamed log keeps: more than the threads rendering at once. */
    private static final int IN_FLIGHT = 16;

    private final Assessor assessor;
    private final Affiliations affiliations;
    private final SortedMap<String, HistorySummary> summaries;
    private final SortedMap<String, ForkLinks> links;
    private final List<Change> all;
    /** Every whole history when the repository was loaded whole; else null. */
    private final Map<String, ProjectHistory> histories;
    /** Where a streamed repository's snapshots are read again; else null. */
    private final SnapshotStore store;
    private final Map<String, ProjectHistory> inFlight = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ProjectHistory> eldest) {
            return size() > IN_FLIGHT;
        }
    };

    private ChangeLog(Assessor assessor, Affiliations affiliations, Map<String, HistorySummary> summaries,
            Map<String, ForkLinks> links, Map<String, ProjectHistory> histories, SnapshotStore store) {
        this.assessor = assessor;
        this.links = Collections.unmodifiableSortedMap(new TreeMap<>(links));
        this.affiliations = affiliations;
        this.summaries = Collections.unmodifiableSortedMap(new TreeMap<>(summaries));
        this.histories = histories;
        this.store = store;
        // Newest first; within a day by project, and within a project in the order the rules gave: the
        // changes gathered day by day (few days, many changes), each day's sorted stably by project.
        Map<java.time.LocalDate, List<Change>> byDay = new java.util.HashMap<>();
        this.summaries.values().forEach(h -> h.changes().forEach(c ->
                byDay.computeIfAbsent(c.date(), d -> new ArrayList<>()).add(c)));
        List<Change> every = new ArrayList<>();
        byDay.keySet().stream().sorted(Comparator.reverseOrder()).forEach(day -> {
            List<Change> those = byDay.get(day);
            // A project's changes share its id's string: most neighbours compare equal at a glance.
            those.sort((x, y) -> x.project() == y.project() ? 0 : x.project().compareTo(y.project()));
            every.addAll(those);
        });
        this.all = List.copyOf(every);
    }

    /**
     * Assesses every snapshot of {@code repo} and derives every project's changes. This is where
     * snapshots enter judgement: each is first given its judged affiliation ({@link Affiliations}),
     * and the histories hold those judged snapshots, which the assessment, the change rules and the
     * views read.
     *
     * @throws UnreadableSnapshots (a streamed repository) snapshot files have problems: every one of them
     */
    public static ChangeLog of(DataRepository repo) {
        Assessor assessor = new Assessor(repo.actors(), List.copyOf(repo.alliances().values()), repo.projects());
        Affiliations affiliations = new Affiliations(assessor.actors());
        if (repo.store() != null) {
            return streamed(repo, repo.store(), assessor, affiliations);
        }
        Map<String, ForkLinks> links = new TreeMap<>();
        repo.projects().keySet().forEach(id -> links.put(id, ForkLinks.of(repo.snapshotsOf(id))));
        ChangeEngine engine = new ChangeEngine(new Context(assessor.actors(), repo.alliances(), forks(repo, links)));
        Map<String, ProjectHistory> built = new ConcurrentHashMap<>();
        repo.projects().values().parallelStream().forEach(p ->
                built.put(p.id(), history(p, affiliations.judge(repo.snapshotsOf(p.id())), assessor, engine)));
        Map<String, HistorySummary> summaries = new TreeMap<>();
        built.forEach((id, h) -> summaries.put(id, h.summary()));
        return new ChangeLog(assessor, affiliations, summaries, links, Map.copyOf(built), null);
    }

    /**
     * The log of a streamed repository: each project's summary from the cache, or from its snapshots read
     * now. A project's summary depends on its own snapshots, on which forks name it as their upstream
     * (the rest of its family does not enter its judgement), and on every file but the snapshots.
     */
    private static ChangeLog streamed(DataRepository repo, SnapshotStore store, Assessor assessor,
            Affiliations affiliations) {
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        Map<String, ForkLinks> links = new ConcurrentHashMap<>();
        // A project read for its links is judged at once as if nothing forked it (most projects): that
        // judgement is kept when it turns out to be so, and the project is not read a second time.
        Map<String, HistorySummary> unforked = new ConcurrentHashMap<>();
        ChangeEngine alone = new ChangeEngine(new Context(assessor.actors(), repo.alliances(), Map.of()));
        repo.projects().values().parallelStream().forEach(p -> {
            ForkLinks kept = store.keptForkLinks(p.id());
            if (kept != null) {
                links.put(p.id(), kept);
                return;
            }
            try {
                List<Snapshot> snapshots = store.load(p.id());
                ForkLinks made = ForkLinks.of(snapshots);
                store.keepForkLinks(p.id(), made);
                links.put(p.id(), made);
                unforked.put(p.id(), history(p, affiliations.judge(snapshots), assessor, alone).summary());
            } catch (DataException e) {
                problems.addAll(e.problems());
            }
        });
        failOn(problems);
        Map<String, List<Context.Fork>> forks = forks(repo, new TreeMap<>(links));
        ChangeEngine engine = new ChangeEngine(new Context(assessor.actors(), repo.alliances(), forks));
        Map<String, HistorySummary> summaries = new ConcurrentHashMap<>();
        repo.projects().values().parallelStream().forEach(p -> {
            List<Context.Fork> its = forks.getOrDefault(p.id(), List.of());
            String key = Sha256.hex("summary\t" + store.sharedKey() + "\t" + store.key(p.id()) + "\t" + its);
            HistorySummary summary = its.isEmpty() ? unforked.get(p.id()) : null;
            boolean kept = false;
            if (summary == null) {
                summary = store.recall(key, HistorySummary.class);
                kept = summary != null;
            }
            if (summary == null) {
                try {
                    summary = history(p, affiliations.judge(store.load(p.id())), assessor, engine).summary();
                } catch (DataException e) {
                    problems.addAll(e.problems());
                    return;
                }
            }
            if (!kept) {
                store.keep(key, summary);
            }
            summaries.put(p.id(), summary);
        });
        failOn(problems);
        return new ChangeLog(assessor, affiliations, summaries, links, null, store);
    }

    private static void failOn(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new UnreadableSnapshots(DataException.sorted(problems));
        }
    }

    private static ProjectHistory history(Project project, List<Snapshot> snapshots, Assessor assessor,
            ChangeEngine engine) {
        List<Assessment> assessments = new ArrayList<>(snapshots.size());
        for (Snapshot s : snapshots) {
            assessments.add(assessor.assess(project, s));
        }
        List<Change> changes = new ArrayList<>();
        for (int i = snapshots.size() - 1; i >= 1; i--) {
            changes.addAll(engine.between(project, snapshots.get(i - 1), assessments.get(i - 1), snapshots.get(i),
                    assessments.get(i)));
        }
        Assessment latest = assessments.isEmpty() ? assessor.assess(project, null)
                : assessments.get(assessments.size() - 1);
        // The assessments made here are kept with the history: a streamed log keeps only its summary, and a
        // log of a whole repository (diff) reads them all. A history read again for its pages derives
        // them as they are asked for (Reassessed, in history(String)).
        return ProjectHistory.of(project, snapshots, assessments, latest, changes);
    }

    /** For each upstream, its forks and the day each appeared (the fork point of its first snapshot with lineage). */
    private static Map<String, List<Context.Fork>> forks(DataRepository repo, Map<String, ForkLinks> links) {
        Map<String, List<Context.Fork>> forks = new TreeMap<>();
        links.forEach((id, l) -> {
            if (l.forkOf() != null) {
                forks.computeIfAbsent(l.forkOf(), u -> new ArrayList<>())
                        .add(new Context.Fork(id, repo.projects().get(id).name(), l.forkDate(), l.forkPoint()));
            }
        });
        return forks;
    }

    /** The assessor the log was built with. */
    public Assessor assessor() {
        return assessor;
    }

    /** What the site-wide pages read of every project, by id. */
    public SortedMap<String, HistorySummary> summaries() {
        return summaries;
    }

    /** The links each project's snapshots state to other projects, by id. */
    public SortedMap<String, ForkLinks> forkLinks() {
        return links;
    }

    /** What the site-wide pages read of one project, or null for an unknown id. */
    public HistorySummary summary(String project) {
        return summaries.get(project);
    }

    /**
     * The newest snapshot of one project with its affiliations judged, as its history holds it; null
     * without one or for an unknown id. Unlike {@link DataRepository#latestOf}, no file is read again.
     */
    public Snapshot latestSnapshot(String project) {
        HistorySummary h = summaries.get(project);
        return h == null ? null : h.latestSnapshot();
    }

    /**
     * One project's whole history, or null for an unknown id. Of a streamed repository its snapshots are
     * read again (the few projects whose pages are being rendered are kept).
     *
     * @throws UnreadableSnapshots (a streamed repository) a file changed since and has problems now
     */
    public ProjectHistory history(String project) {
        if (histories != null) {
            return histories.get(project);
        }
        HistorySummary summary = summaries.get(project);
        if (summary == null) {
            return null;
        }
        synchronized (inFlight) {
            ProjectHistory h = inFlight.get(project);
            if (h != null) {
                return h;
            }
        }
        List<Snapshot> snapshots;
        try {
            snapshots = affiliations.judge(store.load(project));
        } catch (DataException e) {
            throw new UnreadableSnapshots(e);
        }
        // Read outside the lock: two threads may read the same project, and make equal histories.
        ProjectHistory h = new ProjectHistory(summary, snapshots, snapshots.isEmpty() ? List.of()
                : new Reassessed(summary.project(), snapshots, assessor, summary.latest()));
        synchronized (inFlight) {
            inFlight.put(project, h);
        }
        return h;
    }

    /** Every change of every project, newest first. */
    public List<Change> all() {
        return all;
    }
}
