package org.levermap.model.license;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.levermap.model.LicenseFamily;

class LicenseFamiliesTest {

    @Test
    void commonLicensesHaveTheirFamily() {
        assertEquals(LicenseFamily.PERMISSIVE, LicenseFamilies.of("MIT"));
        assertEquals(LicenseFamily.PERMISSIVE, LicenseFamilies.of("Apache-2.0"));
        assertEquals(LicenseFamily.PERMISSIVE, LicenseFamilies.of("BSD-3-Clause"));
        assertEquals(LicenseFamily.PERMISSIVE, LicenseFamilies.of("CC-BY-4.0"));
        assertEquals(LicenseFamily.WEAK_COPYLEFT, LicenseFamilies.of("MPL-2.0"));
        assertEquals(LicenseFamily.WEAK_COPYLEFT, LicenseFamilies.of("LGPL-2.1-only"));
        assertEquals(LicenseFamily.WEAK_COPYLEFT, LicenseFamilies.of("EPL-2.0"));
        assertEquals(LicenseFamily.STRONG_COPYLEFT, LicenseFamilies.of("GPL-3.0-or-later"));
        assertEquals(LicenseFamily.STRONG_COPYLEFT, LicenseFamilies.of("CC-BY-SA-4.0"));
        assertEquals(LicenseFamily.NETWORK_COPYLEFT, LicenseFamilies.of("AGPL-3.0-only"));
        assertEquals(LicenseFamily.SOURCE_AVAILABLE, LicenseFamilies.of("BUSL-1.1"));
        assertEquals(LicenseFamily.SOURCE_AVAILABLE, LicenseFamilies.of("SSPL-1.0"));
        assertEquals(LicenseFamily.SOURCE_AVAILABLE, LicenseFamilies.of("Elastic-2.0"));
        assertEquals(LicenseFamily.SOURCE_AVAILABLE, LicenseFamilies.of("LicenseRef-scancode-rsalv2"));
        assertEquals(LicenseFamily.SOURCE_AVAILABLE, LicenseFamilies.of("LicenseRef-scancode-commons-clause"));
        assertEquals(LicenseFamily.RESPONSIBLE_AI, LicenseFamilies.of("LicenseRef-scancode-llama-3.1-license-2024"));
        assertEquals(LicenseFamily.RESPONSIBLE_AI, LicenseFamilies.of("LicenseRef-scancode-bigscience-open-rail-m"));
        assertEquals(LicenseFamily.RESPONSIBLE_AI, LicenseFamilies.of("LicenseRef-scancode-stable-diffusion-2022-08-22"));
        assertEquals(LicenseFamily.NON_COMMERCIAL, LicenseFamilies.of("CC-BY-NC-4.0"));
        assertEquals(LicenseFamily.NON_COMMERCIAL, LicenseFamilies.of("PolyForm-Noncommercial-1.0.0"));
        assertEquals(LicenseFamily.UNKNOWN, LicenseFamilies.of("NOASSERTION"));
    }
}
