package org.levermap.model.change;

import org.levermap.model.Keyword;

/** What a change is about. */
public enum ChangeKind implements Keyword {
    LICENSE,
    CLA,
    DCO,
    DOCUMENT,
    MAINTAINER,
    MERGER,
    CONCENTRATION,
    BUS_FACTOR,
    STEWARD,
    GOVERNANCE_MODEL,
    FORK,
    FORK_SYNC,
    FUNDING,
    ALLIANCE,
    // Observed by the platform APIs (issue 12).
    PLATFORM_OWNER,
    PLATFORM_MEMBER,
    PACKAGE_OWNER,
    GATING,
    DOMAIN_HOLDER;
}
