package org.levermap.model.assess;

import org.levermap.model.Keyword;

/**
 * Why a verdict was reached, as a stable code: what tests, views and the change engine compare, never
 * the sentence that puts it into words. Grouped by what they explain.
 */
public enum ReasonCode implements Keyword {
    // Governance model.
    FOUNDATION_HOLDS_ENTITY_OR_NAME,
    ORGANISATIONS_HOLD_JOINTLY,
    PERSON_HOLDS_DECISIONS,
    PERSON_HOLDS_NAME_OR_ADMINS,
    PERSON_OWNS_REPOSITORY,
    COMPANY_HOLDS_DECISIVE_LEVER,
    COMPANY_HOLDS_REPOSITORY_AND_LICENSE,
    COMPANY_HOLDS_REPOSITORY_AND_ADMINS,
    COMPANY_HOLDS_REPOSITORY_AND_WORK,
    COMPANY_MAKES_MOST_COMMITS,
    COMMUNITY_BODY_DECIDES,
    DECISIONS_REST_WITH_A_BODY,
    COMMUNITY_BODY_HOLDS_REPOSITORY,
    GOVERNANCE_DOCUMENT_AND_NO_MAJORITY,
    NO_DECISIVE_EVIDENCE,
    LEVERS_FIT_NO_MODEL,
    // Steward.
    HOLDS_MOST_CONTROL_LEVERS,
    OWNS_THE_REPOSITORY,
    MAKES_MOST_COMMITS,
    ONLY_FUNDER_KNOWN,
    // Who can change the license.
    CURATED_HOLDER,
    CURATED_HOLDERS_TOGETHER,
    PERMISSIVE_CONTROLLER,
    PERMISSIVE_CONTROLLER_UNKNOWN,
    CLA_COUNTERPARTY,
    CLA_COUNTERPARTY_UNKNOWN,
    EVERY_HOLDER_CONSENTS,
    LICENSOR,
    LICENSOR_UNKNOWN,
    LICENSE_UNKNOWN,
    // Fork kind.
    FORK_RENAMED,
    FORK_RELICENSED,
    FORK_LICENSES_DIVERGED,
    FORK_LICENSES_DIFFER,
    FORK_STOPPED_SYNCING,
    FORK_NEVER_SYNCED;

    /** Whether the reason is the fork drifting from its upstream (its day count changes with every snapshot). */
    public boolean isDrift() {
        return this == FORK_STOPPED_SYNCING || this == FORK_NEVER_SYNCED;
    }
}
