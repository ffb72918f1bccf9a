package org.levermap.model.assess;

/**
 * What a {@link CollectedHolding} says: the account a platform names and what it can do there. Each has
 * one phrasebook entry at the edge ({@code HoldingText.NAME}); the constant says what is held, never how
 * it is worded.
 */
public enum HoldingText {
    HELD, ACCOUNT, ACCOUNT_KIND,
    OWNS_REPOSITORY, OWNS_WEIGHTS, GATING, SHIPS_PACKAGE, SHIPS_IMAGE, HOLDS_DOMAIN, HOLDS_BRAND_BY_DOMAIN
}
