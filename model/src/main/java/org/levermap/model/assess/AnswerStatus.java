package org.levermap.model.assess;

import org.levermap.model.Keyword;

/** How well the data answers one of the five questions. */
public enum AnswerStatus implements Keyword {
    /** Documented, and more than one actor (or a body) is involved. */
    CLEAR("Clear"),
    /** There are hints (a file, an account) but not who decides. */
    UNCLEAR("Unclear"),
    /** Documented, and one actor alone holds it. */
    SINGLE_ACTOR("Single actor"),
    /** Nothing in the data answers it. */
    UNDEFINED("Undefined");

    private final String label;

    AnswerStatus(String label) {
        this.label = label;
    }

    /** How the status is named on the site. */
    public String label() {
        return label;
    }
}
