package org.levermap.collect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.levermap.collect.testing.Catalog;
import org.levermap.collect.testing.LicenseTexts;

class LicenseMatcherTest {

    private final LicenseMatcher matcher = new LicenseMatcher(Catalog.shared());

    private LicenseMatch identify(String text) {
        return matcher.identify(LicenseText.words(text)).orElseThrow(() -> new AssertionError("not identified"));
    }

    @Test
    void closeRelativesAreToldApart() {
        String mit = "MIT License\n\nCopyright (c) 2023 Ollama\n\n" + LicenseTexts.spdx("MIT").replaceFirst("(?s)^.*?Permission", "Permission");
        assertEquals("MIT", identify(mit).license().id());
        assertEquals("BSD-3-Clause", identify(LicenseTexts.spdx("BSD-3-Clause")).license().id());
        assertEquals("BSD-2-Clause", identify(LicenseTexts.spdx("BSD-2-Clause")).license().id());
        assertEquals("SSPL-1.0", identify(LicenseTexts.spdx("SSPL-1.0")).license().id());
        assertEquals("AGPL-3.0-only", identify(LicenseTexts.spdx("AGPL-3.0-only")).license().id());
    }

    @Test
    void equalTextsPreferTheShorterListedIdAndOnlyOverOrLater() {
        assertEquals("MPL-2.0", identify(LicenseTexts.spdx("MPL-2.0")).license().id());
        assertEquals("GPL-3.0-only", identify(LicenseTexts.spdx("GPL-3.0-or-later")).license().id());
    }

    @Test
    void licenseRefsAreIdentifiedLikeListedOnes() {
        LicenseMatch rsal = identify(LicenseTexts.ref("rsalv2.txt"));
        assertEquals("LicenseRef-scancode-rsalv2", rsal.license().id());
        assertEquals(1.0, rsal.score());
        assertEquals("LicenseRef-scancode-llama-3.1-license-2024", identify(LicenseTexts.ref("llama-3.1-license-2024.txt")).license().id());
        assertEquals("LicenseRef-scancode-llama-2-license-2023", identify(LicenseTexts.ref("llama-2-license-2023.txt")).license().id());
    }

    @Test
    void anAbridgedCopyIsIdentifiedWithItsLowerScore() {
        String busl = LicenseTexts.spdx("BUSL-1.1");
        String withoutCovenants = busl.substring(0, busl.indexOf("MariaDB hereby grants"));
        LicenseMatch m = identify(withoutCovenants);
        assertEquals("BUSL-1.1", m.license().id());
        assertTrue(m.score() < LicenseMatcher.THRESHOLD && m.score() > 0.8, "score " + m.score());
    }

    @Test
    void unrelatedTextIsNotIdentified() {
        assertTrue(matcher.identify(LicenseText.words("This is the README of a project. It explains how to build it"
                + " and where to report bugs.")).isEmpty());
    }
}
