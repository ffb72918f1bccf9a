package org.levermap.model.assess;

import org.levermap.model.Keyword;

/** How a project is governed, as derived by the governance-model rules. */
public enum GovernanceModel implements Keyword {
    BDFL,
    CORPORATE_LED,
    FOUNDATION,
    COALITION,
    COMMUNITY,
    UNKNOWN;

    /** Whether one person or one company has the final say: a move to such a model centralises power. */
    public boolean isCentralised() {
        return this == BDFL || this == CORPORATE_LED;
    }
}
