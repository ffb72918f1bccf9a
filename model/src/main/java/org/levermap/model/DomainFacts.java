package org.levermap.model;

import java.time.LocalDate;

/**
 * The website's domain as RDAP describes it.
 *
 * @param domain the registered domain name
 * @param registrar the registrar's name
 * @param registrant the registrant organisation, when the registry does not redact it
 * @param registered when the domain was registered (dated by the API)
 * @param expires when the registration expires
 * @param evidence the RDAP URL and the day it was read
 */
public record DomainFacts(
        @Required String domain,
        String registrar,
        String registrant,
        LocalDate registered,
        LocalDate expires,
        @Required ApiEvidence evidence) {
}
