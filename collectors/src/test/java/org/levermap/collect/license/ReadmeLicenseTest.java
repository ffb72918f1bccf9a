package org.levermap.collect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.levermap.collect.testing.Catalog;
import org.levermap.collect.testing.LicenseTexts;

class ReadmeLicenseTest {

    private final LicenseIdentifier identifier = new LicenseIdentifier(Catalog.shared());

    private Optional<Identification> read(String readme) {
        return ReadmeLicense.identify(readme, identifier, Catalog.shared());
    }

    @Test
    void aNamedLicenseIsTakenWithLowerConfidenceAndItsLine() {
        Identification id = read("# X\n\nText.\n\n## License\n\nReleased under the [MIT License](LICENSE).\n\n## Credits\nApache 2.0 fonts\n")
                .orElseThrow();
        assertEquals("MIT", id.expression());
        assertEquals(ReadmeLicense.NAMED, id.confidence(), 1e-9);
        assertEquals(7, id.parts().get(0).firstLine());
        assertTrue(id.parts().get(0).note().contains("line 7"));
    }

    @Test
    void aQuotedTextIsMatchedAndUnderlinedTitlesCount() {
        Identification id = read("X\n=\n\nLicense\n-------\n\n" + LicenseTexts.spdx("MIT") + "\n").orElseThrow();
        assertEquals("MIT", id.expression());
        assertEquals(ReadmeLicense.QUOTED, id.confidence(), 1e-9);
    }

    @Test
    void aSectionNamingNothingKnownIsNoAssertionAndNoSectionIsNothing() {
        assertEquals("NOASSERTION", read("## Licence\n\nAsk us.\n").orElseThrow().expression());
        assertEquals(Optional.empty(), read("# X\n\nNo license words here.\n"));
        assertEquals("Apache-2.0 OR MIT", read("## License and copyright\n\nDual-licensed: Apache-2.0 or MIT, at your option.\n")
                .orElseThrow().expression());
    }
}
