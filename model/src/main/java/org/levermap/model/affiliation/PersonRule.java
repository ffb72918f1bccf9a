package org.levermap.model.affiliation;

import java.time.LocalDate;
import org.levermap.model.Actor;
import org.levermap.model.Concentration;
import org.levermap.model.assess.ActorDirectory;

/**
 * A contributor's person actor and the organisation they worked for on a day. The person is found
 * by an alias that is their e-mail address, the login a GitHub no-reply address reveals, or their
 * name; a no-reply address names its account, so one whose login is no person's is not matched by
 * name (a commit made through another's account may carry the name of whoever wrote it). Their
 * organisation is the dated affiliation covering the day (counted for its ultimate parent on that
 * day), whatever address they wrote from: staff on personal addresses count for their employer,
 * and a person who changed employers counts for each in turn.
 */
final class PersonRule {

    private final ActorDirectory actors;

    PersonRule(ActorDirectory actors) {
        this.actors = actors;
    }

    /** The person actor of an identity, or null. */
    Actor person(Concentration.Identity identity) {
        Actor person = actors.person(identity.identity());
        if (person == null && identity.login() != null) {
            person = actors.person(identity.login());
        }
        if (person == null && identity.login() == null && identity.name() != null && !identity.name().isBlank()) {
            person = actors.person(identity.name());
        }
        return person;
    }

    /** The organisation {@code person} counted for on {@code date} through an affiliation, or null. */
    Attribution affiliation(Actor person, LocalDate date) {
        if (person == null) {
            return null;
        }
        String organisation = actors.affiliationOn(person.id(), date);
        return organisation == null ? null
                : Attribution.ofActor(actors.group(organisation, date), Attribution.Basis.AFFILIATION);
    }
}
