package org.levermap.collect.people;

/**
 * Who a commit's author (or committer) is, after {@code .mailmap} and the data repository's actors.
 *
 * @param key lower-cased e-mail after .mailmap (the lower-cased name when there is no e-mail)
 * @param name name after .mailmap
 * @param actor the person actor, when one matches
 * @param organisation the organisation: an actor id, an e-mail domain no actor claims, or {@code
 *     individuals}
 * @param organisationActor the organisation's actor, when it is one
 * @param bot whether it is a bot
 */
public record Identity(String key, String name, String actor, String organisation, String organisationActor, boolean bot) {

    /** The organisation of people writing from public mail providers. */
    public static final String INDIVIDUALS = "individuals";

    /** Whether this identity belongs to no organisation. */
    public boolean individual() {
        return INDIVIDUALS.equals(organisation);
    }
}
