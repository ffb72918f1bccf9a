package org.levermap.model.assess;

import org.levermap.model.Alliance;
import org.levermap.model.Keyword;

/**
 * A project's tie to an alliance on one day. Membership belongs to the member: a project whose steward
 * (or the steward's parent) is a member is tied to the alliance through it, and has not joined it.
 *
 * @param alliance the alliance id
 * @param member the member: the project id, or the member actor's id
 * @param via how the project is tied
 * @param entry the alliance's membership entry it rests on (role, dates, source)
 */
public record Membership(String alliance, String member, Via via, Alliance.Member entry) {

    /** How a project is tied to an alliance. */
    public enum Via implements Keyword {
        /** The project itself is a member. */
        PROJECT,
        /** The actor the project's levers name as steward is the member. */
        STEWARD,
        /** The member is the parent of the actor the project's levers name (control follows ownership). */
        STEWARD_PARENT
    }
}
