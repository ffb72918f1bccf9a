package org.levermap.model;

/**
 * One curated statement about a lever: who holds it (an actor) or what it is (a value), over which
 * dates, and where that can be checked.
 *
 * @param holder the actor holding the lever
 * @param value what the lever is when it is not an actor (a domain name, "TSC of 7 members")
 * @param since first day the statement holds, when known
 * @param until last day the statement holds, absent while it still holds
 * @param source a URL, or a repository path at a commit, that says so
 * @param note Markdown, for nuance
 */
public record CuratedFact(
        @Id(Id.Kind.ACTOR) String holder,
        String value,
        java.time.LocalDate since,
        java.time.LocalDate until,
        @Required @Source String source,
        String note) {
}
