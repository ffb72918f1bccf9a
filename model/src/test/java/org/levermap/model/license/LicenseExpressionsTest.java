package org.levermap.model.license;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.levermap.model.LicenseFamily;

class LicenseExpressionsTest {

    @Test
    void orTakesTheLeastRestrictiveChoice() {
        assertEquals(LicenseFamily.NETWORK_COPYLEFT, LicenseExpressions.family("AGPL-3.0-only OR SSPL-1.0"));
        assertEquals(LicenseFamily.PERMISSIVE, LicenseExpressions.family("Apache-2.0 OR MIT"));
        assertEquals(LicenseFamily.WEAK_COPYLEFT, LicenseExpressions.family("LicenseRef-scancode-rsalv2 OR MPL-2.0"));
    }

    @Test
    void andTakesTheMostRestrictiveTerm() {
        assertEquals(LicenseFamily.STRONG_COPYLEFT, LicenseExpressions.family("MIT AND GPL-2.0-only"));
        assertEquals(LicenseFamily.SOURCE_AVAILABLE, LicenseExpressions.family("Apache-2.0 AND Elastic-2.0"));
    }

    @Test
    void andBindsTighterThanOrAndParenthesesGroup() {
        // MIT OR (GPL AND BSD): the MIT choice is open.
        assertEquals(LicenseFamily.PERMISSIVE, LicenseExpressions.family("MIT OR GPL-2.0-only AND BSD-3-Clause"));
        assertEquals(LicenseFamily.PERMISSIVE, LicenseExpressions.family("(MIT OR GPL-2.0-only) AND BSD-3-Clause"));
        assertEquals(LicenseFamily.STRONG_COPYLEFT, LicenseExpressions.family("(MIT AND GPL-2.0-only) OR (AGPL-3.0-only)"));
    }

    @Test
    void anExceptionIsKeptWithItsLicense() {
        assertEquals(LicenseFamily.STRONG_COPYLEFT, LicenseExpressions.family("GPL-2.0-only WITH Classpath-exception-2.0"));
        assertEquals(LicenseFamily.PERMISSIVE,
                LicenseExpressions.family("GPL-2.0-only WITH Classpath-exception-2.0 OR MIT"));
    }

    @Test
    void unknownTermsOnlyDecideWhenNoKnownChoiceRemains() {
        assertEquals(LicenseFamily.PERMISSIVE, LicenseExpressions.family("LicenseRef-acme OR MIT"));
        assertEquals(LicenseFamily.UNKNOWN, LicenseExpressions.family("LicenseRef-acme AND MIT"));
        assertEquals(LicenseFamily.UNKNOWN, LicenseExpressions.family("none"));
        assertEquals(LicenseFamily.UNKNOWN, LicenseExpressions.family(null));
        assertEquals(LicenseFamily.UNKNOWN, LicenseExpressions.family("MIT OR"));
        assertEquals(LicenseFamily.UNKNOWN, LicenseExpressions.family("(MIT"));
    }
}
