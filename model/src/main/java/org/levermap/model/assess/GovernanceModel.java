package org.levermap.model.assess;

import org.levermap.model.Keyword;

/** How a project is governed, as derived by the governance-model rules. */
public enum GovernanceModel implements Keyword {
    BDFL("BDFL"),
    CORPORATE_LED("Corporate-led"),
    FOUNDATION("Foundation"),
    COALITION("Coalition"),
    COMMUNITY("Community"),
    UNKNOWN("Unknown");

    private final String label;

    GovernanceModel(String label) {
        this.label = label;
    }

    /** How the model is named on the site. */
    public String label() {
        return label;
    }

    /** Whether one person or one company has the final say: a move to such a model centralises power. */
    public boolean isCentralised() {
        return this == BDFL || this == CORPORATE_LED;
    }
}
