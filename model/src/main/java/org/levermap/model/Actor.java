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
 * @param parents the actors this one belonged to, over time (acquisitions)
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
        String website,
        String note) {

    public Actor {
        aliases = Lists.of(aliases);
        emailDomains = Lists.of(emailDomains);
        parents = Lists.of(parents);
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
