package org.levermap.model.affiliation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MailDomainsTest {

    @Test
    void publicProvidersForwardersAndNoReplyAddressesArePersonal() {
        assertTrue(MailDomains.isPersonal("gmail.com"));
        assertTrue(MailDomains.isPersonal("QQ.com"));
        assertTrue(MailDomains.isPersonal("pobox.com"), "a forwarding service");
        assertTrue(MailDomains.isPersonal("fastmail.fm"));
        assertTrue(MailDomains.isPersonal("mozmail.com"));
        assertTrue(MailDomains.isPersonal("users.noreply.github.com"));
        assertTrue(MailDomains.isPersonal("linux.com"), "the Linux Foundation's forwarding alias");
    }

    @Test
    void subDomainsMachineNamesAndNoDomainArePersonal() {
        assertTrue(MailDomains.isPersonal("eu.pobox.com"));
        assertTrue(MailDomains.isPersonal("laptop.local"));
        assertTrue(MailDomains.isPersonal("localhost"));
        assertTrue(MailDomains.isPersonal(""));
        assertTrue(MailDomains.isPersonal(null));
    }

    @Test
    void companyAndPersonalVanityDomainsAreNotListed() {
        assertFalse(MailDomains.isPersonal("hashicorp.com"));
        assertFalse(MailDomains.isPersonal("degeneration.co.uk"), "a vanity domain is judged by how many use it");
        assertFalse(MailDomains.isPersonal("notgmail.com"));
    }
}
