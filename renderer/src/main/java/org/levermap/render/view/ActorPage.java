package org.levermap.render.view;

import java.util.List;

/**
 * {@code actors/<id>.html}: every lever one actor holds, across projects.
 *
 * @param actor the actor
 * @param kind company, foundation...
 * @param website the website, or null
 * @param note sanitised Markdown
 * @param aliases other names
 * @param parents the groups it belonged to
 * @param subsidiaries the actors that belonged to it
 * @param levers every lever fact naming it or a subsidiary, current ones first
 * @param stewardOf projects it stewards now
 * @param maintainerOf projects naming it as a maintainer in their latest snapshot
 * @param alliances its memberships
 */
public record ActorPage(Ref actor, String kind, ExtLink website, Html note, List<String> aliases, List<Tie> parents,
        List<Tie> subsidiaries, List<Held> levers, List<Ref> stewardOf, List<Ref> maintainerOf,
        List<MembershipView> alliances, List<Tie> affiliations) {

    /**
     * An ownership tie.
     *
     * @param actor the other actor
     * @param since first day
     * @param until last day, or null
     * @param source where it is said
     */
    public record Tie(Ref actor, String since, String until, ExtLink source) {
    }

    /**
     * One lever held.
     *
     * @param project the project
     * @param lever the lever's label
     * @param value the fact's value, or null
     * @param since first day, or null
     * @param until last day, or null
     * @param current whether it still holds
     * @param via the subsidiary named in the fact, or null when the actor itself is
     * @param alone whether the actor holds this lever alone today
     * @param source where it is said
     */
    public record Held(Ref project, String lever, String value, String since, String until, boolean current, Ref via,
            boolean alone, ExtLink source) {
    }
}
