package org.levermap.model.change;

import org.levermap.model.Keyword;

/** What a change is about. */
public enum ChangeKind implements Keyword {
    LICENSE("License"),
    CLA("CLA"),
    DCO("DCO"),
    DOCUMENT("Governance document"),
    MAINTAINER("Maintainer"),
    MERGER("Merger"),
    CONCENTRATION("Concentration"),
    BUS_FACTOR("Bus factor"),
    STEWARD("Steward"),
    GOVERNANCE_MODEL("Governance model"),
    FORK("Fork"),
    FORK_SYNC("Fork sync"),
    FUNDING("Funding"),
    ALLIANCE("Alliance"),
    // Observed by the platform APIs (issue 12).
    PLATFORM_OWNER("Platform owner"),
    PLATFORM_MEMBER("Platform member"),
    PACKAGE_OWNER("Package owner"),
    GATING("Gating"),
    DOMAIN_HOLDER("Domain holder");

    private final String label;

    ChangeKind(String label) {
        this.label = label;
    }

    /** How the kind is named on the site. */
    public String label() {
        return label;
    }
}
