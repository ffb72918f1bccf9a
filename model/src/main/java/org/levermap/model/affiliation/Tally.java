package org.levermap.model.affiliation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.levermap.model.Concentration;
import org.levermap.model.Shares;
import org.levermap.model.assess.Concentrations;

/**
 * Adds up attributed commits into a judged {@link Concentration}: organisations with their commits,
 * authors and shares; the elephant factor (an individual counts as an organisation of one, as
 * CHAOSS has it: a hundred unaffiliated people are not one elephant); the top authors with their
 * organisation. One person's identities ({@link SamePerson}) are one author throughout, and when the
 * window has such a person, the bus factor and the author count are judged again from the people.
 *
 * <p>Authors are either listed one by one, or (in snapshots written before identities were stored)
 * known only as a group: so many people, so many commits. For the elephant factor a group of
 * individuals is spread as unevenly as it can be, each as large as the smallest listed author: the
 * fewest organisations it could take, so the figure is never above the truth.
 */
final class Tally {

    /** How many of the largest authors the judged concentration lists. */
    static final int TOP_AUTHORS = 10;

    /**
     * One listed author.
     *
     * @param identity the identity
     * @param name display name
     * @param person person actor id, or null
     * @param attribution the organisation they counted for
     * @param commits commits in the window
     */
    record Author(String identity, String name, String person, Attribution attribution, int commits) {
    }

    private static final Comparator<Author> LARGEST_FIRST =
            Comparator.comparingInt((Author a) -> -a.commits()).thenComparing(Author::identity);

    private final List<Author> authors = new ArrayList<>();
    private final Map<String, int[]> organisations = new HashMap<>();
    private final Map<String, String> actors = new HashMap<>();
    private final List<int[]> unlistedIndividuals = new ArrayList<>();
    /** Which listed authors are one person. */
    private final SamePerson same;
    /** Whether some authors were known only as a group (snapshots written before identities were stored). */
    private boolean grouped;

    Tally() {
        this(new SamePerson());
    }

    /** A tally telling people apart with {@code same}, which also learns each author added. */
    Tally(SamePerson same) {
        this.same = same;
    }

    void author(Author author) {
        authors.add(author);
        same.learn(author.person(), author.name());
        count(author.attribution(), author.commits(), 1);
    }

    /** {@code people} authors not listed one by one, with {@code commits} between them. */
    void group(Attribution attribution, int commits, int people) {
        if (commits <= 0 && people <= 0) {
            return;
        }
        grouped = true;
        count(attribution, commits, people);
        if (attribution.individual()) {
            unlistedIndividuals.add(new int[] {commits, Math.max(people, 1)});
        }
    }

    private void count(Attribution attribution, int commits, int people) {
        String name = attribution.individual() ? Concentrations.INDIVIDUALS : attribution.organisation();
        int[] sums = organisations.computeIfAbsent(name, k -> new int[2]);
        sums[0] += commits;
        sums[1] += people;
        if (attribution.actor() != null) {
            actors.put(name, attribution.actor());
        }
    }

    /** {@code raw} with its organisations, elephant factor and top authors judged. */
    Concentration judge(Concentration raw) {
        int total = raw.commits() == null ? 0 : raw.commits();
        List<Concentration.Organisation> judged = new ArrayList<>();
        organisations.forEach((name, sums) -> judged.add(new Concentration.Organisation(name, actors.get(name), sums[0],
                sums[1], Shares.of(sums[0], total))));
        judged.sort(Comparator.comparingInt((Concentration.Organisation o) -> -o.commits())
                .thenComparing(Concentration.Organisation::name));
        List<Author> people = people();
        people.sort(LARGEST_FIRST);
        List<Concentration.Contributor> top = people.subList(0, Math.min(TOP_AUTHORS, people.size())).stream()
                .map(a -> new Concentration.Contributor(a.identity(), a.name(), a.person(),
                        a.attribution().individual() ? Concentrations.INDIVIDUALS : a.attribution().organisation(),
                        a.commits(), Shares.of(a.commits(), total)))
                .toList();
        int elephant = Shares.fewestReachingHalf(elephants(), total);
        // A person with several addresses is one author: the bus factor and the author count are theirs.
        int merged = grouped ? 0 : authors.size() - people.size();
        Integer busFactor = merged == 0 ? raw.busFactor()
                : Integer.valueOf(Shares.fewestReachingHalf(people.stream().map(Author::commits).toList(), total));
        Integer authorCount = merged == 0 || raw.authors() == null ? raw.authors() : raw.authors() - merged;
        return raw.judged(busFactor, authorCount, elephant, top, judged);
    }

    /**
     * The listed authors with the identities of one person made one ({@link SamePerson}): their commits
     * added up, shown by their largest identity (its name, and the organisation it counted for) and the
     * person actor of any of them.
     */
    private List<Author> people() {
        Map<String, Author> byPerson = new LinkedHashMap<>();
        List<Author> bySize = new ArrayList<>(authors);
        bySize.sort(LARGEST_FIRST);
        for (Author a : bySize) {
            byPerson.merge(same.key(a.person(), a.name(), a.identity()), a, (first, more) -> new Author(first.identity(),
                    first.name(), first.person() != null ? first.person() : more.person(), first.attribution(),
                    first.commits() + more.commits()));
        }
        return new ArrayList<>(byPerson.values());
    }

    /**
     * Commits by organisation, each individual apart: a person's identities that counted as an
     * individual are one (those that counted for an organisation are in its commits).
     */
    private List<Integer> elephants() {
        List<Integer> counts = new ArrayList<>();
        organisations.forEach((name, sums) -> {
            if (!Concentrations.INDIVIDUALS.equals(name)) {
                counts.add(sums[0]);
            }
        });
        int smallest = Integer.MAX_VALUE;
        Map<String, Integer> individuals = new LinkedHashMap<>();
        for (Author a : authors) {
            if (a.attribution().individual()) {
                individuals.merge(same.key(a.person(), a.name(), a.identity()), a.commits(), Integer::sum);
            }
            smallest = Math.min(smallest, a.commits());
        }
        counts.addAll(individuals.values());
        for (int[] group : unlistedIndividuals) {
            int left = group[0];
            for (int others = group[1]; others > 0 && left > 0; others--) {
                // Each of the others has at least one commit; none is larger than the smallest listed author.
                int largest = Math.min(smallest, left - (others - 1));
                int one = Math.max(1, largest);
                counts.add(one);
                left -= one;
            }
        }
        return counts;
    }
}
