package org.levermap.model.change;

import org.levermap.model.Keyword;

/** How much a change matters to someone who depends on the project, least first. */
public enum Severity implements Keyword {
    /** Worth recording. */
    INFO,
    /** Worth reading: it moves a lever or opens the way to a later move. */
    NOTABLE,
    /** Worth acting on: power was centralised or users lost rights. */
    ALERT
}
