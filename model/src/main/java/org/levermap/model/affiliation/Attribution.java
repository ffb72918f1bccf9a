package org.levermap.model.affiliation;

/**
 * Which organisation a contributor's commits count for, and on what grounds.
 *
 * @param organisation the organisation: an actor id (the ultimate parent on the day) or an e-mail
 *     domain no actor claims; null for an individual
 * @param actor the organisation's actor id, null for a domain or an individual
 * @param basis why
 */
public record Attribution(String organisation, String actor, Basis basis) {

    /** The grounds of an attribution, one per rule. */
    public enum Basis {
        /** A person actor's dated affiliation covers the day, whatever address they wrote from. */
        AFFILIATION,
        /** An actor lists the e-mail domain (or a parent domain of it) in {@code email_domains}. */
        CLAIMED_DOMAIN,
        /** No actor claims the domain, but {@link DomainRule#MIN_PEOPLE} or more different people use it. */
        SHARED_DOMAIN,
        /** Fewer people than that use the domain, or a person actor claims it: it is a person's own. */
        PERSONAL_DOMAIN,
        /** A public mail provider, a forwarding or alias service, or a forge's no-reply address. */
        MAIL_SERVICE
    }

    static Attribution individual(Basis basis) {
        return new Attribution(null, null, basis);
    }

    static Attribution ofActor(String actor, Basis basis) {
        return new Attribution(actor, actor, basis);
    }

    /** Whether the commits count for a person alone. */
    public boolean individual() {
        return organisation == null;
    }
}
