package org.levermap.collect.people;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.levermap.collect.git.History;
import org.levermap.model.Concentration;
import org.levermap.model.Shares;

/**
 * Who contributed in the window before a snapshot: the non-merge commits reachable from the
 * snapshot's commit whose committer date falls in the {@link #DAYS} days ending on the snapshot date
 * (UTC), counted by identity. Bots are counted apart and left out of every other figure. The bus
 * factor is CHAOSS's: the fewest authors whose commits reach half of all commits. Every identity is
 * stored with its commits, so that organisations, their shares and the elephant factor can be judged
 * when the site is built ({@code org.levermap.model.affiliation.Affiliations}).
 */
public final class ContributorWindow {

    /** Length of the window, in days, the snapshot date included. */
    public static final int DAYS = 365;

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
     * The concentration of a fork's window: commits its upstream has (by number in {@code history})
     * are counted apart, so that a fork's figures are its own commits since the fork point and not
     * the upstream history it started from or merged.
     */
    public static Concentration of(History history, int position, LocalDate date, IdentityResolver identities,
            java.util.function.IntPredicate upstream) {
        long from = start(date);
        long to = end(date);
        Map<String, int[]> byIdentity = new HashMap<>();
        Map<String, Identity> identityOf = new HashMap<>();
        // History is read newest first: the first name seen of an identity is its newest.
        ShownNames names = new ShownNames();
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
            } else {
                commits++;
            }
            byIdentity.computeIfAbsent(id.key(), k -> new int[1])[0]++;
            identityOf.putIfAbsent(id.key(), id);
            names.count(id);
        }
        Map<String, String> shown = names.shown();
        List<Concentration.Identity> observed = new ArrayList<>();
        List<Integer> people = new ArrayList<>();
        int bots = 0;
        for (Map.Entry<String, int[]> e : byIdentity.entrySet()) {
            Identity id = identityOf.get(e.getKey());
            observed.add(new Concentration.Identity(id.key(), shown.get(id.key()), e.getValue()[0],
                    id.bot() ? Boolean.TRUE : null));
            if (id.bot()) {
                bots++;
            } else {
                people.add(e.getValue()[0]);
            }
        }
        observed.sort(Comparator.comparingInt((Concentration.Identity i) -> -i.commits())
                .thenComparing(Concentration.Identity::identity));
        return new Concentration(date.minusDays(DAYS - 1L), date, commits, people.size(), botCommits, bots,
                Shares.fewestReachingHalf(people, commits), null, null, null, observed,
                upstreamCommits == 0 ? null : upstreamCommits);
    }
}
