package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.levermap.model.testing.Samples;

class ConcentrationsTest {

    @Test
    void individualsAreNotAnOrganisation() {
        var s = Samples.snapshot("p", "2024-01-31").concentration(3, "individuals", null, 0.6, "acme", "acme", 0.4)
                .build();
        var c = s.contribution().concentration();
        assertEquals("acme", Concentrations.topOrganisation(c).orElseThrow().name());
        assertEquals(0.4, Concentrations.topOrganisationShare(c));
        assertEquals(0.0, Concentrations.topOrganisationShare(null));
        assertEquals(0.0, Concentrations.topAuthorShare(c));
    }
}
