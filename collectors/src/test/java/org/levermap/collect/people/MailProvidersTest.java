package org.levermap.collect.people;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MailProvidersTest {

    @Test
    void publicProvidersAndNoReplyAddressesAreIndividuals() {
        assertTrue(MailProviders.isIndividual("gmail.com"));
        assertTrue(MailProviders.isIndividual("users.noreply.github.com"));
        assertTrue(MailProviders.isIndividual("QQ.com"));
        assertTrue(MailProviders.isIndividual("laptop.local"));
        assertTrue(MailProviders.isIndividual(""));
        assertFalse(MailProviders.isIndividual("redis.com"));
        assertFalse(MailProviders.isIndividual("alibaba-inc.com"));
    }
}
