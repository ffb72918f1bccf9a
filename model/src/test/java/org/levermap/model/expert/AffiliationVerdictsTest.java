package org.levermap.model.expert;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.levermap.model.assess.Assessment;
import org.levermap.model.assess.Flag;

/**
 * Verdicts that need affiliation judged at build time: a domain used by one person is that person's,
 * and a mail-forwarding service's users are individuals. Judged by {@code model.affiliation}.
 */
class AffiliationVerdictsTest {

    private final ExpertFixtures fixtures = new ExpertFixtures();

    @Test
    void aVanityDomainIsItsPersonNotAnOrganisation() {
        Assessment a = fixtures.latest("vanity");
        assertFalse(a.flags().contains(Flag.ONE_ORGANISATION), "janedoe.dev is Jane Doe's own domain");
        assertNull(a.steward(), "no organisation makes most of the commits");
    }

    @Test
    void aForwardingServicesUsersAreIndividuals() {
        Assessment a = fixtures.latest("forwarded");
        assertFalse(a.flags().contains(Flag.ONE_ORGANISATION), "pobox.com forwards mail for unrelated people");
        assertNull(a.steward());
    }
}
