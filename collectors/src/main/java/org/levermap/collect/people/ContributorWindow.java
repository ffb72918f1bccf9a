package org.levermap.collect.people;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.levermap.collect.git.History;
import org.levermap.model.Concentration;

/**
 * Who contributed in the window before a snapshot: the non-merge commits reachable from the
 * snapshot's commit whose committer date falls in the {@link #DAYS} days ending on the snapshot date
 * (UTC), counted by author. Bots are counted apart and left out of every other figure. The bus
 * factor and the elephant factor are CHAOSS's: the fewest authors, and the fewest organisations,
 * whose commits reach half of all commits; an individual (no organisation) counts as an
 * organisation of one for the elephant factor.
 */
public final class ContributorWindow {

    /** Length of the window, in days, the snapshot date included. */
    public static final int DAYS = 365;

    /** How many of the largest authors a snapshot lists. */
    static final int TOP_AUTHORS = 10;

    private ContributorWindow() {
    }

    /** First second of the window ending on {@code date}. */
    public static long start(LocalDate date) {
        return date.minusDays(DAYS - 1L).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }

    /** First second after the window ending on {@code date}. */
    public static long end(LocalDate date) {
        return date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }

    /** The concentration of the window ending on {@code date}, for the snapshot at first-parent position {@code position}. */
    public static Concentration of(History history, int position, LocalDate date, IdentityResolver identities) {
        return of(history, position, date, identities, c -> false);
    }

    /**
     * The concentration of a fork's window: commits its upstream has (by index in {@code history})
     * are counted apart, so that a fork's figures are its own commits since the fork point and not
     * the upstream history it started from or merged.
     */
    public static Concentration of(History history, int position, LocalDate date, IdentityResolver identities,
            java.util.function.IntPredicate upstream) {
        long from = start(date);
        long to = end(date);
        Map<String, int[]> byAuthor = new HashMap<>();
        Map<String, Identity> identityOf = new HashMap<>();
        Set<String> bots = new HashSet<>();
        int botCommits = 0;
        int commits = 0;
        int upstreamCommits = 0;
        for (int rank = history.firstRankBefore(to); rank < history.size(); rank++) {
            int c = history.newestFirst(rank);
            if (history.time(c) < from) {
                break;
            }
            if (history.entry(c) > position || history.isMerge(c)) {
                continue;
            }
            if (upstream.test(c)) {
                upstreamCommits++;
                continue;
            }
            Identity id = identities.resolve(history.author(c));
            if (id.bot()) {
                botCommits++;
                bots.add(id.key());
                continue;
            }
            commits++;
            byAuthor.computeIfAbsent(id.key(), k -> new int[1])[0]++;
            identityOf.putIfAbsent(id.key(), id);
        }
        int total = commits;
        List<Map.Entry<String, int[]>> authors = new ArrayList<>(byAuthor.entrySet());
        authors.sort(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[0]).thenComparing(Map.Entry::getKey));

        List<Concentration.Contributor> top = new ArrayList<>();
        for (Map.Entry<String, int[]> e : authors.subList(0, Math.min(TOP_AUTHORS, authors.size()))) {
            Identity id = identityOf.get(e.getKey());
            top.add(new Concentration.Contributor(id.key(), id.name(), id.actor(), id.organisation(), e.getValue()[0],
                    share(e.getValue()[0], commits)));
        }

        Map<String, int[]> byOrganisation = new HashMap<>();
        Map<String, Integer> authorsByOrganisation = new HashMap<>();
        // For the elephant factor an individual is an organisation of one.
        Map<String, Integer> elephants = new HashMap<>();
        for (Map.Entry<String, int[]> e : authors) {
            Identity id = identityOf.get(e.getKey());
            byOrganisation.computeIfAbsent(id.organisation(), k -> new int[1])[0] += e.getValue()[0];
            authorsByOrganisation.merge(id.organisation(), 1, Integer::sum);
            elephants.merge(id.individual() ? "\n" + id.key() : id.organisation(), e.getValue()[0], Integer::sum);
        }
        List<Concentration.Organisation> organisations = new ArrayList<>();
        byOrganisation.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[0]).thenComparing(Map.Entry::getKey))
                .forEach(e -> organisations.add(new Concentration.Organisation(e.getKey(),
                        organisationActor(e.getKey(), identityOf), e.getValue()[0], authorsByOrganisation.get(e.getKey()),
                        share(e.getValue()[0], total))));

        return new Concentration(date.minusDays(DAYS - 1L), date, commits, authors.size(), botCommits, bots.size(),
                fewestReachingHalf(authors.stream().map(e -> e.getValue()[0]).toList(), commits),
                fewestReachingHalf(elephants.values().stream().toList(), commits), top, organisations,
                upstreamCommits == 0 ? null : upstreamCommits);
    }

    private static String organisationActor(String organisation, Map<String, Identity> identities) {
        for (Identity id : identities.values()) {
            if (organisation.equals(id.organisation())) {
                return id.organisationActor();
            }
        }
        return null;
    }

    /** The fewest of {@code counts}, largest first, whose sum reaches half of {@code total}; 0 when there are none. */
    static int fewestReachingHalf(List<Integer> counts, int total) {
        if (total == 0) {
            return 0;
        }
        List<Integer> sorted = new ArrayList<>(counts);
        sorted.sort(Comparator.reverseOrder());
        long sum = 0;
        for (int i = 0; i < sorted.size(); i++) {
            sum += sorted.get(i);
            if (sum * 2 >= total) {
                return i + 1;
            }
        }
        return sorted.size();
    }

    /** A share rounded to four decimals. */
    static double share(int part, int whole) {
        return whole == 0 ? 0 : Math.round(10_000.0 * part / whole) / 10_000.0;
    }
}
