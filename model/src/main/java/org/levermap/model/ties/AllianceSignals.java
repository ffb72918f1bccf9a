package org.levermap.model.ties;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.levermap.model.Concentration;
import org.levermap.model.ContributionFacts;
import org.levermap.model.Snapshot;
import org.levermap.model.affiliation.Affiliations;
import org.levermap.model.assess.ActorDirectory;
import org.levermap.model.assess.Concentrations;
import org.levermap.model.repo.DataRepository;

/**
 * Infers candidate ties between projects from their latest snapshots: organisations that
 * contribute at least {@link #SIGNIFICANT_SHARE} of the commits of two or more projects in windows
 * that overlap (snapshot dates at most {@link #WINDOW_TOLERANCE_DAYS} apart), counted by ultimate
 * parent as of each snapshot date (affiliation judged by {@link Affiliations}); and maintainers
 * listed by two or more projects. Teams
 * ({@code @org/team}) and the "individuals" bucket of public mail providers are left out.
 */
public final class AllianceSignals {

    /** The share of a project's commits that makes an organisation a significant contributor. */
    public static final double SIGNIFICANT_SHARE = 0.10;
    /** How far apart two snapshots may be for their windows to count as the same period. */
    public static final int WINDOW_TOLERANCE_DAYS = 92;

    private static final Set<String> NOT_ORGANISATIONS = Set.of(Concentrations.INDIVIDUALS, "unknown", "");

    private AllianceSignals() {
    }

    /** Every candidate tie, organisations first, each sorted by subject. */
    public static List<TieCandidate> infer(DataRepository repo) {
        Affiliations affiliations = new Affiliations(new ActorDirectory(repo.actors()));
        return infer(repo, project -> {
            Snapshot newest = repo.latestOf(project);
            return newest == null ? null : affiliations.judge(newest);
        });
    }

    /**
     * Every candidate tie, organisations first, each sorted by subject.
     *
     * @param judgedLatest each project's newest snapshot with its affiliations judged (as the change log
     *     holds it), or null
     */
    public static List<TieCandidate> infer(DataRepository repo, Function<String, Snapshot> judgedLatest) {
        ActorDirectory hierarchy = new ActorDirectory(repo.actors());
        Map<String, List<TieCandidate.Tie>> byOrganisation = new TreeMap<>();
        Map<String, List<TieCandidate.Tie>> byMaintainer = new TreeMap<>();
        for (String project : repo.projects().keySet()) {
            Snapshot latest = judgedLatest.apply(project);
            if (latest == null || latest.contribution() == null) {
                continue;
            }
            ContributionFacts contribution = latest.contribution();
            Concentration concentration = contribution.concentration();
            if (concentration != null) {
                Map<String, double[]> perOrganisation = new TreeMap<>();
                Map<String, String> names = new TreeMap<>();
                for (Concentration.Organisation o : concentration.organisations()) {
                    if (o.name() == null || NOT_ORGANISATIONS.contains(o.name().toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    String key = o.actor() != null ? hierarchy.group(o.actor(), latest.date()) : o.name();
                    double[] sum = perOrganisation.computeIfAbsent(key, k -> new double[2]);
                    sum[0] += o.share() == null ? 0 : o.share();
                    sum[1] += o.commits() == null ? 0 : o.commits();
                    names.merge(key, o.name(), (a, b) -> a + ", " + b);
                }
                perOrganisation.forEach((key, sum) -> {
                    if (sum[0] >= SIGNIFICANT_SHARE) {
                        byOrganisation.computeIfAbsent(key, k -> new ArrayList<>()).add(new TieCandidate.Tie(
                                project, latest.date(), Math.round(sum[0] * 1000) / 1000.0, (int) sum[1],
                                names.get(key)));
                    }
                });
            }
            Map<String, String> maintainers = new TreeMap<>();
            for (ContributionFacts.Maintainer m : contribution.maintainers()) {
                if (m.name() == null || m.name().contains("/")) {
                    continue;
                }
                String key = m.actor() != null ? m.actor()
                        : m.email() != null ? m.email().toLowerCase(Locale.ROOT) : m.name().toLowerCase(Locale.ROOT);
                maintainers.putIfAbsent(key, m.name());
            }
            maintainers.forEach((key, as) -> byMaintainer.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new TieCandidate.Tie(project, latest.date(), null, null, as)));
        }
        List<TieCandidate> candidates = new ArrayList<>();
        byOrganisation.forEach((subject, ties) -> overlapping(ties)
                .ifPresent(t -> candidates.add(new TieCandidate(TieCandidate.Kind.SHARED_ORGANISATION, subject, t))));
        byMaintainer.forEach((subject, ties) -> overlapping(ties)
                .ifPresent(t -> candidates.add(new TieCandidate(TieCandidate.Kind.SHARED_MAINTAINER, subject, t))));
        return candidates;
    }

    /** The ties whose snapshots fall within the tolerance of the newest one, if two or more do. */
    private static java.util.Optional<List<TieCandidate.Tie>> overlapping(List<TieCandidate.Tie> ties) {
        LocalDate newest = ties.stream().map(TieCandidate.Tie::snapshot).max(LocalDate::compareTo).orElseThrow();
        List<TieCandidate.Tie> kept = ties.stream()
                .filter(t -> ChronoUnit.DAYS.between(t.snapshot(), newest) <= WINDOW_TOLERANCE_DAYS)
                .toList();
        return kept.size() >= 2 ? java.util.Optional.of(kept) : java.util.Optional.empty();
    }
}
