package org.levermap.collect.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.levermap.collect.http.ApiClient;
import org.levermap.collect.http.ApiSource;
import org.levermap.collect.testing.ApiServer;
import org.levermap.collect.testing.PlatformApis;
import org.levermap.model.DomainFacts;

class RdapTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static Rdap rdap(ApiServer api) {
        return new Rdap(new ApiSource(new ApiClient(null, Duration.ofSeconds(20), "test"), api.base(), null, TODAY));
    }

    @Test
    void readsRegistrarRegistrantAndDates() throws Exception {
        try (ApiServer api = PlatformApis.rdap(new ApiServer())) {
            DomainFacts d = rdap(api).collect("acme.example");
            assertEquals("Example Registrar <b>Inc</b>", d.registrar());
            assertEquals("Acme Corp", d.registrant());
            assertEquals(LocalDate.of(2010, 1, 1), d.registered());
            assertEquals(LocalDate.of(2030, 1, 1), d.expires());
            assertEquals(api.base() + "/domain/acme.example", d.evidence().url());
        }
    }

    @Test
    void aRedactedRegistrantIsNotClaimed() throws Exception {
        try (ApiServer api = new ApiServer()) {
            api.onFixture("/domain/hidden.example", "rdap-redacted.json");
            DomainFacts d = rdap(api).collect("hidden.example");
            assertNull(d.registrant());
            assertNull(d.registrar());
        }
    }

    @Test
    void findsTheRegisteredDomainOfAWebsite() {
        assertEquals("acme.example", Rdap.domainOf("https://www.acme.example/docs"));
        assertEquals("acme.co.uk", Rdap.domainOf("https://docs.acme.co.uk"));
        assertNull(Rdap.domainOf("http://127.0.0.1/"));
        assertNull(Rdap.domainOf("not a url"));
        assertNull(Rdap.domainOf(null));
    }
}
