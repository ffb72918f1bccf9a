package org.levermap.model.change;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.levermap.model.LineageFacts;
import org.levermap.model.Project;
import org.levermap.model.Snapshot;
import org.levermap.model.affiliation.Affiliations;
import org.levermap.model.assess.Assessment;
import org.levermap.model.assess.Assessor;
import org.levermap.model.repo.DataRepository;

/**
 * The whole data repository judged over time: every snapshot assessed and every pair of consecutive
 * snapshots compared. Built in parallel; the result does not depend on the order of the work.
 */
public final class ChangeLog {

    private final Assessor assessor;
    private final SortedMap<String, ProjectHistory> histories;
    private final List<Change> all;

    private ChangeLog(Assessor assessor, SortedMap<String, ProjectHistory> histories) {
        this.assessor = assessor;
        this.histories = Collections.unmodifiableSortedMap(histories);
        List<Change> every = new ArrayList<>();
        histories.values().forEach(h -> every.addAll(h.changes()));
        // Newest first; within a day by project, and within a project in the order the rules gave.
        every.sort(Comparator.comparing(Change::date).reversed().thenComparing(Change::project));
        this.all = List.copyOf(every);
    }

    /**
     * Assesses every snapshot of {@code repo} and derives every project's changes. This is where
     * snapshots enter judgement: each is first given its judged affiliation ({@link Affiliations}),
     * and the histories hold those judged snapshots, which the assessment, the change rules and the
     * views read.
     */
    public static ChangeLog of(DataRepository repo) {
        Assessor assessor = new Assessor(repo.actors(), List.copyOf(repo.alliances().values()), repo.projects());
        Context context = new Context(assessor.actors(), repo.alliances(), forks(repo));
        ChangeEngine engine = new ChangeEngine(context);
        Affiliations affiliations = new Affiliations(assessor.actors());
        Map<String, ProjectHistory> built = new ConcurrentHashMap<>();
        repo.projects().values().parallelStream().forEach(p ->
                built.put(p.id(), history(p, affiliations.judge(repo.snapshotsOf(p.id())), assessor, engine)));
        return new ChangeLog(assessor, new TreeMap<>(built));
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
        // Only the latest assessment is kept: the pages of one snapshot derive its assessment again.
        return new ProjectHistory(project, snapshots, assessments.isEmpty() ? assessments
                : new Reassessed(project, snapshots, assessor, latest), latest, changes);
    }

    /** For each upstream, its forks and the day each appeared (the fork point of its first snapshot with lineage). */
    private static Map<String, List<Context.Fork>> forks(DataRepository repo) {
        Map<String, List<Context.Fork>> forks = new TreeMap<>();
        for (Project p : repo.projects().values()) {
            for (Snapshot s : repo.snapshotsOf(p.id())) {
                LineageFacts l = s.lineage();
                if (l != null && l.upstream() != null && l.forkDate() != null) {
                    forks.computeIfAbsent(l.upstream(), u -> new ArrayList<>())
                            .add(new Context.Fork(p.id(), p.name(), l.forkDate(), l.forkPoint()));
                    break;
                }
            }
        }
        return forks;
    }

    /** The assessor the log was built with. */
    public Assessor assessor() {
        return assessor;
    }

    /** Every project's history, by id. */
    public SortedMap<String, ProjectHistory> histories() {
        return histories;
    }

    /** One project's history, or null for an unknown id. */
    public ProjectHistory history(String project) {
        return histories.get(project);
    }

    /** Every change of every project, newest first. */
    public List<Change> all() {
        return all;
    }
}
