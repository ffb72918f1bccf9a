package org.levermap.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Contributor concentration in a window of commits, in the CHAOSS sense. Bots are counted apart and
 * left out of every other figure.
 *
 * <p>A snapshot stores observations: the window's figures and every {@link Identity} with its
 * commits. Organisations, the elephant factor and each top author's organisation are judgements,
 * made when the site is built from the actors as they are then
 * ({@code org.levermap.model.affiliation.Affiliations}). Snapshots written before identities were
 * stored carry {@code topAuthors} and {@code organisations} as their collector grouped them; those are
 * read as observations of domain groups and judged again the same way.
 *
 * @param from first day of the window
 * @param to last day of the window (the snapshot date)
 * @param commits non-bot commits in the window
 * @param authors distinct non-bot authors
 * @param botCommits commits by bots
 * @param botAuthors distinct bots
 * @param busFactor fewest authors whose commits reach 50%
 * @param elephantFactor fewest organisations whose commits reach 50% (judged; stored by old snapshots only)
 * @param topAuthors the largest authors, largest first (judged; stored by old snapshots only)
 * @param organisations every organisation, largest first (judged; stored by old snapshots only)
 * @param identities every identity with a commit in the window, bots included, most commits first
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
        List<Identity> identities,
        @Count Integer upstreamCommits) {

    public Concentration {
        topAuthors = Lists.of(topAuthors);
        organisations = Lists.of(organisations);
        identities = Lists.of(identities);
    }

    /** A concentration without identities, as snapshots stored it before they had them. */
    public Concentration(LocalDate from, LocalDate to, Integer commits, Integer authors, Integer botCommits,
            Integer botAuthors, Integer busFactor, Integer elephantFactor, List<Contributor> topAuthors,
            List<Organisation> organisations) {
        this(from, to, commits, authors, botCommits, botAuthors, busFactor, elephantFactor, topAuthors, organisations,
                null, null);
    }

    /** A window with identities and no upstream commits counted apart (any project that is no fork). */
    public Concentration(LocalDate from, LocalDate to, Integer commits, Integer authors, Integer botCommits,
            Integer botAuthors, Integer busFactor, Integer elephantFactor, List<Contributor> topAuthors,
            List<Organisation> organisations, List<Identity> identities) {
        this(from, to, commits, authors, botCommits, botAuthors, busFactor, elephantFactor, topAuthors, organisations,
                identities, null);
    }

    /**
     * The same window with judged organisations, elephant factor and top authors, and the bus factor and
     * author count of its people (an author with several addresses counted once; the collected figures
     * when none has); the identities kept.
     */
    public Concentration judged(Integer busFactor, Integer authors, Integer elephantFactor, List<Contributor> topAuthors,
            List<Organisation> organisations) {
        return new Concentration(from, to, commits, authors, botCommits, botAuthors, busFactor, elephantFactor,
                topAuthors, organisations, identities, upstreamCommits);
    }


    /**
     * One identity seen in the window: an observation, with nothing judged. Its e-mail domain and,
     * for a GitHub no-reply address, its forge login are read from the address itself.
     *
     * @param identity lower-cased e-mail after .mailmap (the lower-cased name when the commit has no e-mail)
     * @param name display name after .mailmap
     * @param commits non-merge commits in the window
     * @param bot true for an automation account (counted apart); absent otherwise
     */
    public record Identity(
            @Required String identity,
            String name,
            @Required @Count Integer commits,
            Boolean bot) {

        private static final String NOREPLY = "users.noreply.github.com";

        /** The e-mail domain, lower-cased; empty when the identity is not an address. */
        public String domain() {
            int at = identity.lastIndexOf('@');
            return at < 0 ? "" : identity.substring(at + 1);
        }

        /** The GitHub login a no-reply address reveals ({@code 123+jane@users.noreply.github.com} is jane), or null. */
        public String login() {
            if (!domain().equals(NOREPLY)) {
                return null;
            }
            String user = identity.substring(0, identity.lastIndexOf('@'));
            return user.substring(user.indexOf('+') + 1);
        }

        /** Whether this is an automation account (not named isBot: that would be written as a second 'bot'). */
        public boolean automated() {
            return Boolean.TRUE.equals(bot);
        }
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
