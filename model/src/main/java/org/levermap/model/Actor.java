package org.levermap.model;

import java.util.List;

/**
 * {@code actors/<id>.yaml}: a person, company, foundation or other body that can hold levers.
 *
 * @param id equals the file name
 * @param name display name
 * @param kind company, foundation, nonprofit, academic, government, person, community or bot (an automation account)
 * @param aliases other names and spellings (used to match authors and copyright lines)
 * @param emailDomains commit email domains that identify this actor's people
 * @param parents the actors this one belonged to, over time (acquisitions); for a person written before
 *     {@code affiliations} existed, their employers (read as affiliations)
 * @param affiliations for a person: the organisations they worked for, over time
 * @param website home page
 * @param note Markdown
 */
public record Actor(
        @Required @Id String id,
        @Required String name,
        @Required ActorKind kind,
        List<String> aliases,
        List<String> emailDomains,
        List<Parent> parents,
        List<Affiliation> affiliations,
        String website,
        String note) {

    public Actor {
        aliases = Lists.of(aliases);
        emailDomains = Lists.of(emailDomains);
        parents = Lists.of(parents);
        affiliations = Lists.of(affiliations);
    }

    /** An actor without affiliations, as actor files were before they had them. */
    public Actor(String id, String name, ActorKind kind, List<String> aliases, List<String> emailDomains,
            List<Parent> parents, String website, String note) {
        this(id, name, kind, aliases, emailDomains, parents, null, website, note);
    }

    /**
     * A person's enrolment in an organisation (as SortingHat records them): their commits count for it
     * from {@code since} until {@code until}, whatever address they commit from.
     *
     * @param actor the organisation
     * @param since first day; absent: since before any commit
     * @param until last day; absent while it lasts
     * @param source where it is said
     */
    public record Affiliation(
            @Required @Id(Id.Kind.ACTOR) String actor,
            java.time.LocalDate since,
            java.time.LocalDate until,
            @Required @Source String source) {
    }

    /**
     * The actor this one belonged to from {@code since} until {@code until}.
     *
     * @param actor the parent
     * @param since first day (an acquisition's completion)
     * @param until last day, absent while it lasts
     * @param source where it is said
     */
    public record Parent(
            @Required @Id(Id.Kind.ACTOR) String actor,
            @Required java.time.LocalDate since,
            java.time.LocalDate until,
            @Required @Source String source) {
    }
}
