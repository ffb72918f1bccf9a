package org.levermap.model.assess;

import org.levermap.model.Keyword;

/**
 * A red flag a reader deciding whether to bet on a project should see first. Its label and description
 * are words, added at the edge (phrasebook entries {@code Flag.NAME.label} and {@code Flag.NAME.description}).
 */
public enum Flag implements Keyword {
    /** One actor alone holds three or more of: legal entity, name, final decisions, admin rights, license change. */
    SINGLE_ACTOR_CONTROL,
    /** One actor alone can change the license. */
    LICENSE_SINGLE_ACTOR,
    /** Contributors sign a CLA. */
    CLA,
    /** The license is source-available, non-commercial, proprietary or absent. */
    RESTRICTIVE_LICENSE,
    /** One organisation makes more than half of the commits. */
    ONE_ORGANISATION,
    /** One author makes half of the commits or more. */
    BUS_FACTOR_ONE,
    /** No governance document and no documented decision process. */
    NO_GOVERNANCE,
    /** The project tags releases but signs none of them. */
    UNSIGNED_RELEASES,
    /** A fork that has diverged from its upstream. */
    HARD_FORK
}
