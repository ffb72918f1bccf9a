package org.levermap.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Contributor concentration in a window of commits, in the CHAOSS sense. Bots are counted apart and
 * left out of every other figure.
 *
 * @param from first day of the window
 * @param to last day of the window (the snapshot date)
 * @param commits non-bot commits in the window
 * @param authors distinct non-bot authors
 * @param botCommits commits by bots
 * @param botAuthors distinct bots
 * @param busFactor fewest authors whose commits reach 50%
 * @param elephantFactor fewest organisations whose commits reach 50%
 * @param topAuthors the largest authors, largest first
 * @param organisations every organisation, largest first
 * @param upstreamCommits for a fork: commits in the window that its upstream has (its history before
 *     the fork point, and what syncs brought), counted apart and left out of every other figure
 */
public record Concentration(
        @Required LocalDate from,
        @Required LocalDate to,
        @Required @Count Integer commits,
        @Count Integer authors,
        @Count Integer botCommits,
        @Count Integer botAuthors,
        @Count Integer busFactor,
        @Count Integer elephantFactor,
        List<Contributor> topAuthors,
        List<Organisation> organisations,
        @Count Integer upstreamCommits) {

    public Concentration {
        topAuthors = Lists.of(topAuthors);
        organisations = Lists.of(organisations);
    }

    /** A window with no upstream commits counted apart (any project that is no fork). */
    public Concentration(LocalDate from, LocalDate to, Integer commits, Integer authors, Integer botCommits,
            Integer botAuthors, Integer busFactor, Integer elephantFactor, List<Contributor> topAuthors,
            List<Organisation> organisations) {
        this(from, to, commits, authors, botCommits, botAuthors, busFactor, elephantFactor, topAuthors, organisations,
                null);
    }

    /**
     * One author's share.
     *
     * @param identity canonical identity
     * @param name display name
     * @param actor matched actor (a person), when any
     * @param organisation organisation actor or email domain
     * @param commits commits in the window
     * @param share of all non-bot commits
     */
    public record Contributor(
            @Required String identity,
            String name,
            @Id(Id.Kind.ACTOR) String actor,
            String organisation,
            @Required @Count Integer commits,
            @Required @Share Double share) {
    }

    /**
     * One organisation's share: an actor, or an email domain no actor claims, or
     * {@code individuals} for public mail providers.
     *
     * @param name actor id or email domain
     * @param actor the actor, when matched
     * @param commits commits in the window
     * @param authors distinct authors
     * @param share of all non-bot commits
     */
    public record Organisation(
            @Required String name,
            @Id(Id.Kind.ACTOR) String actor,
            @Required @Count Integer commits,
            @Count Integer authors,
            @Required @Share Double share) {
    }
}
