package org.levermap.render.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BadgesTest {

    @Test
    void aLicenseGetsAShortLabel() {
        assertEquals("rsalv2 OR SSPL-1.0", Badges.shortLicense("LicenseRef-scancode-rsalv2 OR SSPL-1.0"));
        assertEquals("Apache-2.0", Badges.shortLicense("Apache-2.0"));
        assertEquals("llama-3-community", Badges.shortLicense("LicenseRef-llama-3-community"));
        String longOne = Badges.shortLicense("GPL-2.0-only WITH Linux-syscall-note OR BSD-3-Clause OR MIT");
        assertEquals(32, longOne.length());
        assertEquals("…", longOne.substring(31));
    }
}
