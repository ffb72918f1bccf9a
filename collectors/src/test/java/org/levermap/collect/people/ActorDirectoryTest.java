package org.levermap.collect.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.model.Actor;
import org.levermap.model.ActorKind;

class ActorDirectoryTest {

    static final Actor META = new Actor("meta", "Meta Platforms, Inc.", ActorKind.COMPANY, List.of("Facebook"),
            List.of("fb.com", "meta.com"), List.of(), null, null);
    static final Actor JANE = new Actor("jane", "Jane Doe", ActorKind.PERSON, List.of("@jdoe", "jane@home.example"), List.of(),
            List.of(new Actor.Parent("meta", LocalDate.parse("2020-01-01"), LocalDate.parse("2022-12-31"), "https://example.org/j")),
            null, null);
    private final ActorDirectory directory = new ActorDirectory(List.of(META, JANE));

    @Test
    void peopleByNameAliasEmailOrHandle() {
        assertEquals(JANE, directory.person("jane doe"));
        assertEquals(JANE, directory.person("JANE@home.example"));
        assertEquals(JANE, directory.person("@jdoe"));
        assertEquals(JANE, directory.person("jdoe"));
        assertNull(directory.person("Facebook"), "organisations are not people");
    }

    @Test
    void organisationsByDomainIncludingSubDomainsAndByName() {
        assertEquals(META, directory.organisationOfDomain("fb.com"));
        assertEquals(META, directory.organisationOfDomain("devvm.thefacebook.fb.com"));
        assertNull(directory.organisationOfDomain("com"));
        assertEquals(META, directory.byName("Meta Platforms Inc"));
        assertEquals(META, directory.byName("Facebook, Inc."));
    }

    @Test
    void aPersonsOrganisationDependsOnTheDate() {
        assertEquals(META, directory.parentOn(JANE, LocalDate.parse("2021-06-01")));
        assertNull(directory.parentOn(JANE, LocalDate.parse("2023-06-01")));
    }
}
