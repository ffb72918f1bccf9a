package org.levermap.collect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.levermap.collect.testing.Catalog;
import org.levermap.collect.testing.LicenseTexts;

class LicenseDiffTest {

    private static final Path FIXTURES = Path.of("src/test/resources/org/levermap/collect/license/licensee/fixtures");
    private final LicenseIdentifier identifier = new LicenseIdentifier(Catalog.shared());

    private static String fixture(String path) throws IOException {
        return new String(Files.readAllBytes(FIXTURES.resolve(path)), StandardCharsets.UTF_8);
    }

    @Test
    void modifiedLicensesAreNeverTheOriginalAndSayWhatWasAdded() throws IOException {
        Identification mpl = identifier.identify(fixture("fcpl-modified-mpl/LICENSE"));
        assertEquals("LicenseRef-MPL-2.0-modified", mpl.expression());
        assertEquals("MPL-2.0", mpl.parts().get(0).closest());
        assertTrue(mpl.parts().get(0).note().contains("commercial"), mpl.parts().get(0).note());
        Identification apache = identifier.identify(fixture("wrk-modified-apache/LICENSE"));
        assertEquals("LicenseRef-Apache-2.0-modified", apache.expression());
        assertTrue(apache.parts().get(0).note().matches("adds a clause at line 12\\d to Apache-2.0: .*substantial changes.*"),
                apache.parts().get(0).note());
    }

    @Test
    void nearThresholdTrueMatchesStayIdentified() throws IOException {
        Identification bsd = identifier.identify(fixture("bsd-3-multilinecopyright/LICENSE"));
        assertEquals("BSD-3-Clause", bsd.expression());
        assertEquals(0.958, bsd.confidence(), 0.001);
        Identification unlicense = identifier.identify(fixture("unlicense_markdown/LICENSE.md"));
        assertEquals("Unlicense", unlicense.expression());
        assertEquals(0.958, unlicense.confidence(), 0.001);
    }

    @Test
    void aClauseRemovedInsideTheLicenseIsFound() {
        String apache = LicenseTexts.spdx("Apache-2.0");
        int from = apache.indexOf("(b) You must cause any modified files");
        int to = apache.indexOf("(d) If the Work includes");
        Identification cut = identifier.identify(apache.substring(0, from) + apache.substring(to));
        assertEquals("LicenseRef-Apache-2.0-modified", cut.expression());
        assertTrue(cut.parts().get(0).note().startsWith("lacks a clause"), cut.parts().get(0).note());
    }

    @Test
    void filledInFieldsAreNoClause() {
        String bsd = LicenseTexts.spdx("BSD-3-Clause").replace("<year>", "2001-2024").replace("<owner>",
                "The Regents of the Royal Society of Very Long Names for Copyright Holders and Their Heirs");
        assertEquals("BSD-3-Clause", identifier.identify(bsd).expression());
    }
}
