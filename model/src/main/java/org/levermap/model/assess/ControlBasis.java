package org.levermap.model.assess;

import org.levermap.model.Keyword;

/** What makes a group the controller of a project (see {@code Controller}): the lever it was found by. */
public enum ControlBasis implements Keyword {
    NAME, LEGAL_ENTITY, REPOSITORY, ADMINS
}
