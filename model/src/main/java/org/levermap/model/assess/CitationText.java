package org.levermap.model.assess;

import org.levermap.model.ApiEvidence;
import org.levermap.model.phrase.Phrase;

/**
 * What a {@link Citation} shows, as a statement: a curated lever, a document, an API's answer and the
 * day it was read. Each has one phrasebook entry at the edge ({@code CitationText.NAME}); the constant
 * says what is cited, never how it is worded.
 */
public enum CitationText {
    // Curated and collected evidence, cited by what it is.
    LEVER, LEVER_VALUE, LEVER_HOLDER, NAMED, GOVERNANCE_DOCUMENT, COPYRIGHT, CLA, FUNDING, LICENSE_CHANGE, FORK_POINT, REPOSITORY_ADDRESS,
    // An API's answer: what was read, from which API, on which day, in which field.
    FROM_FORGE_API, FROM_API, COLLECTED_FROM_API, API_FIELD,
    // What an API's answer shows.
    REPOSITORY_OWNER, ORGANISATION_PROFILE, PUBLIC_MEMBERS, HUB_REPOSITORY, IMAGE_OWNER, PACKAGE_OWNERS,
    DOMAIN_REGISTRATION, ONLY_PUSH, ONLY_MERGE, RULESET_BYPASS,
    // Who a ruleset lets past it, as the API identifies them.
    BYPASS_ORGANIZATION_ADMINS, BYPASS_REPOSITORY_ROLE, BYPASS_TEAM, BYPASS_APP, BYPASS_DEPLOY_KEYS, BYPASS_OTHER,
    BYPASS_ID, BYPASS_PULL_REQUEST_ONLY;

    /** The clause naming the field of an API's answer, or null when the whole answer is cited. */
    public static Phrase field(ApiEvidence e) {
        return e.field() == null ? null : Phrase.of(API_FIELD).text("field", e.field());
    }
}
