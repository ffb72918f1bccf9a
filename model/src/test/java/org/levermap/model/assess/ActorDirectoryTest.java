package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.levermap.model.testing.Samples.actor;
import static org.levermap.model.testing.Samples.actors;
import static org.levermap.model.testing.Samples.day;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.model.Actor;
import org.levermap.model.ActorKind;

class ActorDirectoryTest {

    private final ActorDirectory directory = new ActorDirectory(actors(
            actor("small", ActorKind.COMPANY, new Actor.Parent("mid", day("2020-01-01"), day("2021-12-31"), "https://x.org"),
                    new Actor.Parent("big", day("2022-01-01"), null, "https://x.org")),
            actor("mid", ActorKind.COMPANY, new Actor.Parent("top", day("2019-01-01"), null, "https://x.org")),
            actor("big", ActorKind.COMPANY), actor("top", ActorKind.COMPANY),
            actor("loop-a", ActorKind.COMPANY, new Actor.Parent("loop-b", day("2000-01-01"), null, "https://x.org")),
            actor("loop-b", ActorKind.COMPANY, new Actor.Parent("loop-a", day("2000-01-01"), null, "https://x.org"))));

    @Test
    void followsParentsOnTheDay() {
        assertEquals("small", directory.group("small", day("2019-06-01")));
        assertEquals("top", directory.group("small", day("2021-06-01")));
        assertEquals("big", directory.group("small", day("2023-06-01")));
        assertEquals("big", directory.group("small", null));
    }

    @Test
    void survivesACycleAndUnknownIds() {
        assertEquals("loop-b", directory.group("loop-b", day("2020-01-01")), "a cycle ends where it began");
        assertEquals("nobody", directory.group("nobody", null));
        assertEquals("nobody", directory.name("nobody"));
    }

    static final Actor META = new Actor("meta", "Meta Platforms, Inc.", ActorKind.COMPANY, List.of("Facebook"),
            List.of("fb.com", "meta.com"), List.of(), null, null);
    static final Actor JANE = new Actor("jane", "Jane Doe", ActorKind.PERSON, List.of("@jdoe", "jane@home.example"), List.of(),
            List.of(new Actor.Parent("meta", LocalDate.parse("2020-01-01"), LocalDate.parse("2022-12-31"), "https://example.org/j")),
            null, null);
    static final Actor ANN = new Actor("ann", "Ann", ActorKind.PERSON, List.of(), List.of(), List.of(),
            List.of(new Actor.Affiliation("meta", null, LocalDate.parse("2021-12-31"), "https://example.org/a"),
                    new Actor.Affiliation("other", LocalDate.parse("2022-01-01"), null, "https://example.org/a")),
            null, null);
    private final ActorDirectory lookups = ActorDirectory.of(List.of(META, JANE, ANN));

    @Test
    void peopleByNameAliasEmailOrHandle() {
        assertEquals(JANE, lookups.person("jane doe"));
        assertEquals(JANE, lookups.person("JANE@home.example"));
        assertEquals(JANE, lookups.person("@jdoe"));
        assertEquals(JANE, lookups.person("jdoe"));
        assertNull(lookups.person("Facebook"), "organisations are not people");
    }

    @Test
    void organisationsByDomainIncludingSubDomainsAndByName() {
        assertEquals(META, lookups.organisationOfDomain("fb.com"));
        assertEquals(META, lookups.organisationOfDomain("devvm.thefacebook.fb.com"));
        assertNull(lookups.organisationOfDomain("com"));
        assertEquals(META, lookups.byName("Meta Platforms Inc"));
        assertEquals(META, lookups.byName("Facebook, Inc."));
    }

    @Test
    void aPersonsAffiliationDependsOnTheDate() {
        assertEquals("meta", lookups.affiliationOn("ann", LocalDate.parse("2015-06-01")), "no 'since': from the start");
        assertEquals("other", lookups.affiliationOn("ann", LocalDate.parse("2023-06-01")));
        assertEquals("meta", lookups.affiliationOn("jane", LocalDate.parse("2021-06-01")), "'parents' of a person: employers");
        assertNull(lookups.affiliationOn("jane", LocalDate.parse("2023-06-01")));
        assertNull(lookups.affiliationOn("meta", LocalDate.parse("2021-06-01")), "organisations have no affiliation");
    }
}
