package org.levermap.model.affiliation;

import java.time.LocalDate;
import java.util.List;
import org.levermap.model.Actor;
import org.levermap.model.ActorKind;
import org.levermap.model.Concentration;
import org.levermap.model.assess.ActorDirectory;

/**
 * The actors of the affiliation fixtures, modelled on real cases: a company acquired on a date
 * (HashiCorp, IBM), its staff committing from personal addresses and enrolled through dated
 * affiliations, a company with two domains (Redis Ltd: redis.com and redislabs.com).
 */
final class People {

    static final LocalDate ACQUIRED = LocalDate.parse("2025-02-27");
    static final String SOURCE = "https://example.org/source";

    static final Actor IBM = new Actor("ibm", "IBM", ActorKind.COMPANY, List.of(), List.of("ibm.com"), List.of(), null, null);
    static final Actor HASHICORP = new Actor("hashicorp", "HashiCorp", ActorKind.COMPANY, List.of(), List.of("hashicorp.com"),
            List.of(new Actor.Parent("ibm", ACQUIRED, null, SOURCE)), null, null);
    static final Actor REDIS = new Actor("redis-ltd", "Redis Ltd.", ActorKind.COMPANY, List.of("Redis Labs"),
            List.of("redis.com", "redislabs.com"), List.of(), null, null);
    /** Staff on a personal address, from 2020; before, at another employer. */
    static final Actor DANIEL = new Actor("daniel", "Daniel Example", ActorKind.PERSON, List.of("daniel@gmail.com"),
            List.of(), List.of(), List.of(new Actor.Affiliation("redis-ltd", null, LocalDate.parse("2019-12-31"), SOURCE),
                    new Actor.Affiliation("hashicorp", LocalDate.parse("2020-01-01"), null, SOURCE)), null, null);
    /** Found by the login of a GitHub no-reply address. */
    static final Actor SARAH = new Actor("sarah", "Sarah Example", ActorKind.PERSON, List.of("@sfrench"), List.of(),
            List.of(), List.of(new Actor.Affiliation("hashicorp", LocalDate.parse("2021-01-01"), null, SOURCE)), null, null);
    /** An employer written as a parent, as person actors were before affiliations. */
    static final Actor OLD_STYLE = new Actor("old-style", "Old Style", ActorKind.PERSON, List.of("old@example.net"), List.of(),
            List.of(new Actor.Parent("redis-ltd", LocalDate.parse("2018-01-01"), null, SOURCE)), null, null);
    /** A person who claims their own vanity domain. */
    static final Actor PATRICK = new Actor("patrick", "Patrick", ActorKind.PERSON, List.of(), List.of("pks.im"), List.of(),
            null, null);

    static final ActorDirectory DIRECTORY = ActorDirectory.of(List.of(IBM, HASHICORP, REDIS, DANIEL, SARAH, OLD_STYLE,
            PATRICK));

    private People() {
    }

    static Concentration.Identity id(String identity, String name, int commits) {
        return new Concentration.Identity(identity, name, commits, null);
    }

    static Concentration window(LocalDate to, Concentration.Identity... identities) {
        int commits = 0;
        int authors = 0;
        for (Concentration.Identity i : identities) {
            if (!i.automated()) {
                commits += i.commits();
                authors++;
            }
        }
        return new Concentration(to.minusDays(364), to, commits, authors, 0, 0, 1, null, null, null, List.of(identities));
    }
}
