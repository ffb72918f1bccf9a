package org.levermap.model.affiliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PersonRuleTest {

    private final PersonRule rule = new PersonRule(People.DIRECTORY);

    @Test
    void findsThePersonByAddressLoginOrName() {
        assertEquals(People.DANIEL, rule.person(People.id("daniel@gmail.com", "D", 1)));
        assertEquals(People.SARAH, rule.person(People.id("123+sfrench@users.noreply.github.com", "sf", 1)));
        assertEquals(People.SARAH, rule.person(People.id("sarah@home.example", "Sarah Example", 1)));
        assertNull(rule.person(People.id("nobody@gmail.com", "Nobody", 1)));
        assertNull(rule.person(People.id("9+someone@users.noreply.github.com", "Sarah Example", 1)),
                "another account's no-reply address is not matched by the name on it");
    }

    @Test
    void theAffiliationOnTheDayCountsForItsUltimateParent() {
        assertEquals(new Attribution("redis-ltd", "redis-ltd", Attribution.Basis.AFFILIATION),
                rule.affiliation(People.DANIEL, LocalDate.parse("2019-06-30")));
        assertEquals("hashicorp", rule.affiliation(People.DANIEL, LocalDate.parse("2024-06-30")).organisation());
        assertEquals("ibm", rule.affiliation(People.DANIEL, LocalDate.parse("2025-06-30")).organisation());
        assertNull(rule.affiliation(People.SARAH, LocalDate.parse("2020-06-30")), "not yet enrolled");
        assertNull(rule.affiliation(null, LocalDate.parse("2020-06-30")));
    }

    @Test
    void aPersonsParentsAreTheirEmployersAsBeforeAffiliations() {
        assertEquals("redis-ltd", rule.affiliation(People.OLD_STYLE, LocalDate.parse("2020-06-30")).organisation());
    }
}
