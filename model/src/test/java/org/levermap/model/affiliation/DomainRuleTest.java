package org.levermap.model.affiliation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DomainRuleTest {

    private final DomainRule rule = new DomainRule(People.DIRECTORY);
    private final LocalDate before = LocalDate.parse("2024-06-30");
    private final LocalDate after = LocalDate.parse("2025-06-30");

    @Test
    void aClaimedDomainIsTheActorsUltimateParentOnTheDay() {
        assertEquals(new Attribution("hashicorp", "hashicorp", Attribution.Basis.CLAIMED_DOMAIN),
                rule.of("hashicorp.com", 1, before));
        assertEquals(new Attribution("ibm", "ibm", Attribution.Basis.CLAIMED_DOMAIN), rule.of("hashicorp.com", 1, after));
        assertEquals("redis-ltd", rule.of("redislabs.com", 1, before).organisation(), "an actor's second domain");
        assertEquals("redis-ltd", rule.of("eng.redis.com", 1, before).organisation(), "a sub-domain");
    }

    @Test
    void anUnclaimedDomainIsAnOrganisationOnlyWhenSeveralPeopleUseIt() {
        assertEquals(Attribution.individual(Attribution.Basis.PERSONAL_DOMAIN), rule.of("degeneration.co.uk", 1, before));
        assertEquals(Attribution.individual(Attribution.Basis.PERSONAL_DOMAIN),
                rule.of("frob.com.au", DomainRule.MIN_PEOPLE - 1, before));
        assertEquals(new Attribution("alibaba-inc.com", null, Attribution.Basis.SHARED_DOMAIN),
                rule.of("alibaba-inc.com", DomainRule.MIN_PEOPLE, before));
    }

    @Test
    void mailServicesAndPeoplesOwnDomainsAreIndividualsWhateverTheCount() {
        assertEquals(Attribution.individual(Attribution.Basis.MAIL_SERVICE), rule.of("pobox.com", 40, before));
        assertEquals(Attribution.individual(Attribution.Basis.MAIL_SERVICE), rule.of("gmail.com", 400, before));
        assertEquals(Attribution.individual(Attribution.Basis.PERSONAL_DOMAIN), rule.of("pks.im", 5, before),
                "a person actor claims it");
    }
}
