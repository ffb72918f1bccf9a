package org.levermap.model.affiliation;

import java.time.LocalDate;
import org.levermap.model.Actor;
import org.levermap.model.ActorKind;
import org.levermap.model.assess.ActorDirectory;

/**
 * When an e-mail domain is an organisation. A mail service's domain never is ({@link MailDomains}).
 * A domain an organisation actor claims is that actor's, counted for its ultimate parent on the day.
 * Otherwise a domain is an organisation only when {@link #MIN_PEOPLE} or more different people
 * commit from it: below that it is most likely one person's own domain (pks.im, peff.net), perhaps
 * with a second address or a relative's, and calling it an organisation would be a false claim.
 */
final class DomainRule {

    /**
     * How many different people make an unclaimed domain an organisation. Two is not enough: two
     * addresses at one personal domain are often one person that .mailmap does not join, or a couple.
     */
    static final int MIN_PEOPLE = 3;

    private final ActorDirectory actors;

    DomainRule(ActorDirectory actors) {
        this.actors = actors;
    }

    /** The organisation of commits from {@code domain}, used by {@code people} different people, on {@code date}. */
    Attribution of(String domain, int people, LocalDate date) {
        if (MailDomains.isPersonal(domain)) {
            return Attribution.individual(Attribution.Basis.MAIL_SERVICE);
        }
        Actor claimed = actors.organisationOfDomain(domain);
        if (claimed != null) {
            return ofActor(claimed.id(), date);
        }
        if (people >= MIN_PEOPLE) {
            return new Attribution(domain, null, Attribution.Basis.SHARED_DOMAIN);
        }
        return Attribution.individual(Attribution.Basis.PERSONAL_DOMAIN);
    }

    /** The organisation an actor stands for on {@code date}: its ultimate parent; a person's own domain is theirs. */
    Attribution ofActor(String actor, LocalDate date) {
        if (actors.kind(actor) == ActorKind.PERSON) {
            return Attribution.individual(Attribution.Basis.PERSONAL_DOMAIN);
        }
        return Attribution.ofActor(actors.group(actor, date), Attribution.Basis.CLAIMED_DOMAIN);
    }
}
