package org.levermap.collect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.levermap.model.LicenseFamily;

/** The collectors read the model's table and expression rule, not a copy of them. */
class LicenseFamiliesTest {

    @Test
    void idsAndExpressionsAreSortedByTheModelsRule() {
        assertEquals(LicenseFamily.WEAK_COPYLEFT, LicenseFamilies.of("MPL-2.0"));
        assertEquals(LicenseFamily.NETWORK_COPYLEFT, LicenseFamilies.ofExpression("AGPL-3.0-only OR SSPL-1.0"));
        assertEquals(LicenseFamily.UNKNOWN, LicenseFamilies.ofExpression("none"));
    }
}
