package org.levermap.model.assess;

import org.levermap.model.Keyword;

/** The five questions every reader of a project page should be able to answer. */
public enum Question implements Keyword {
    LICENSE("Who can change the license?"),
    REPOSITORY("Who can delete or rename the repository?"),
    INFRASTRUCTURE("Who pays for the infrastructure?"),
    ADMIN_ACCESS("Who has admin access, and how are they chosen?"),
    DISAGREEMENT("What happens in a serious disagreement?");

    private final String text;

    Question(String text) {
        this.text = text;
    }

    /** The question as a reader would ask it. */
    public String text() {
        return text;
    }
}
