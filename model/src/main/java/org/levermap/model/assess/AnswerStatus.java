package org.levermap.model.assess;

import org.levermap.model.Keyword;

/** How well the data answers one of the five questions. */
public enum AnswerStatus implements Keyword {
    /** Documented, and more than one actor (or a body) is involved. */
    CLEAR,
    /** There are hints (a file, an account) but not who decides. */
    UNCLEAR,
    /** Documented, and one actor alone holds it. */
    SINGLE_ACTOR,
    /** Nothing in the data answers it. */
    UNDEFINED;
}
