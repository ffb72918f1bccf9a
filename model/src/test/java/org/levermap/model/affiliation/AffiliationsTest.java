package org.levermap.model.affiliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.levermap.model.affiliation.People.id;
import static org.levermap.model.affiliation.People.window;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.model.Concentration;
import org.levermap.model.ContributionFacts;
import org.levermap.model.Provenance;
import org.levermap.model.Snapshot;
import org.levermap.model.assess.Concentrations;

class AffiliationsTest {

    private final Affiliations affiliations = new Affiliations(People.DIRECTORY);
    private final LocalDate june2024 = LocalDate.parse("2024-06-30");

    /** A corporate-led project whose staff commit from personal and no-reply addresses (Terraform's case). */
    private Concentration staffOnPersonalAddresses(LocalDate date) {
        return window(date, id("daniel@gmail.com", "Daniel Example", 50),
                id("123+sfrench@users.noreply.github.com", "Sarah Example", 30), id("x@hashicorp.com", "X", 10),
                id("a@gmail.com", "A", 5), id("b@gmail.com", "B", 5),
                new Concentration.Identity("1+dependabot[bot]@users.noreply.github.com", "dependabot[bot]", 7, true));
    }

    @Test
    void staffOnPersonalAddressesCountForTheirEmployerThroughDatedAffiliations() {
        Concentration c = affiliations.judge(staffOnPersonalAddresses(june2024), june2024);
        assertEquals(List.of(new Concentration.Organisation("hashicorp", "hashicorp", 90, 3, 0.9),
                new Concentration.Organisation("individuals", null, 10, 2, 0.1)), c.organisations());
        assertEquals(1, c.elephantFactor());
        assertEquals(new Concentration.Contributor("daniel@gmail.com", "Daniel Example", "daniel", "hashicorp", 50, 0.5),
                c.topAuthors().get(0));
        assertEquals(5, c.topAuthors().size(), "bots are left out");
    }

    @Test
    void afterAnAcquisitionTheCommitsCountForTheUltimateParent() {
        LocalDate june2025 = LocalDate.parse("2025-06-30");
        Concentration c = affiliations.judge(staffOnPersonalAddresses(june2025), june2025);
        assertEquals("ibm", Concentrations.topOrganisation(c).orElseThrow().name());
        assertEquals(0.9, Concentrations.topOrganisationShare(c));
    }

    @Test
    void aVanityDomainUsedByOnePersonIsAnIndividual() {
        // OpenTofu's case: one person's own domain made the top "organisation", elephant factor 1.
        Concentration c = affiliations.judge(window(june2024, id("j@degeneration.co.uk", "J", 40),
                id("a@gmail.com", "A", 10), id("b@peff.net", "B", 10), id("c@pks.im", "C", 10)), june2024);
        assertEquals(List.of(new Concentration.Organisation("individuals", null, 70, 4, 1.0)), c.organisations());
        assertTrue(Concentrations.topOrganisation(c).isEmpty());
        assertEquals("individuals", c.topAuthors().get(0).organisation());
    }

    @Test
    void aForwardingServiceIsIndividualsHoweverManyUseIt() {
        Concentration c = affiliations.judge(window(june2024, id("a@pobox.com", "A", 10), id("b@pobox.com", "B", 10),
                id("c@pobox.com", "C", 10), id("d@pobox.com", "D", 10)), june2024);
        assertEquals(List.of(new Concentration.Organisation("individuals", null, 40, 4, 1.0)), c.organisations());
        assertEquals(2, c.elephantFactor(), "each individual is an organisation of one");
    }

    @Test
    void anUnclaimedDomainIsAnOrganisationWhenSeveralDifferentPeopleUseIt() {
        Concentration c = affiliations.judge(window(june2024, id("a@alibaba-inc.com", "A", 10),
                id("b@alibaba-inc.com", "B", 10), id("c@alibaba-inc.com", "C", 10),
                id("f@frob.com.au", "Frank", 10), id("frank@frob.com.au", "frank", 10)), june2024);
        assertEquals(List.of(new Concentration.Organisation("alibaba-inc.com", null, 30, 3, 0.6),
                new Concentration.Organisation("individuals", null, 20, 2, 0.4)), c.organisations(),
                "two addresses with one name are one person");
    }

    @Test
    void oneNameWrittenTwoWaysIsStillOnePersonAtADomain() {
        // Three addresses, two people: one of them writes their name with two spaces in some commits.
        Concentration c = affiliations.judge(window(june2024, id("jane@frob.io", "Jane Doe", 10),
                id("j.doe@frob.io", "jane  doe", 10), id("k@frob.io", "K", 10)), june2024);
        assertEquals(List.of(new Concentration.Organisation("individuals", null, 30, 3, 1.0)), c.organisations(),
                "a domain of two people is no organisation");
        assertEquals(2, c.authors(), "three addresses, two people");
    }

    @Test
    void anActorsDomainsAreOneOrganisation() {
        Concentration c = affiliations.judge(window(june2024, id("a@redis.com", "A", 10), id("b@redislabs.com", "B", 10),
                id("c@gmail.com", "C", 5)), june2024);
        assertEquals(new Concentration.Organisation("redis-ltd", "redis-ltd", 20, 2, 0.8), c.organisations().get(0));
    }

    @Test
    void theSnapshotKeepsItsObservationsAndOnlyItsConcentrationIsJudged() {
        Snapshot raw = new Snapshot("p", june2024, new Provenance("t", null, null, null, null, null, null), null, null,
                new ContributionFacts(null, null, null, null, null, staffOnPersonalAddresses(june2024)), null, null);
        Snapshot judged = affiliations.judge(raw);
        assertEquals(raw.contribution().concentration().identities(), judged.contribution().concentration().identities());
        assertEquals(raw.contribution().concentration().busFactor(), judged.contribution().concentration().busFactor());
        assertEquals("hashicorp", judged.contribution().concentration().organisations().get(0).name());
        assertEquals(raw.provenance(), judged.provenance());
    }

    @Test
    void thePlatformObservationsAreKept() {
        org.levermap.model.PlatformFacts platforms = new org.levermap.model.PlatformFacts(null, null, null,
                new org.levermap.model.DomainFacts("acme.example", null, "Acme", null, null,
                        new org.levermap.model.ApiEvidence("https://rdap.org/domain/acme.example", null, june2024)));
        Snapshot raw = new Snapshot("p", june2024, new Provenance("t", null, null, null, null, null, null), null, null,
                new ContributionFacts(null, null, null, null, null, staffOnPersonalAddresses(june2024)), null, null,
                null, platforms);
        assertEquals(platforms, affiliations.judge(raw).platforms());
    }
}
