package org.levermap.collect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.levermap.collect.testing.Catalog;
import org.levermap.collect.testing.LicenseTexts;

class LicenseSourcesTest {

    private final LicenseSources sources = new LicenseSources(new LicenseIdentifier(Catalog.shared()), Catalog.shared());

    @Test
    void rolesComeFromPaths() {
        assertEquals(Optional.of(LicenseSources.Role.LICENSE), LicenseSources.role("COPYING"));
        assertEquals(Optional.of(LicenseSources.Role.REUSE), LicenseSources.role("LICENSES/MIT.txt"));
        assertEquals(Optional.empty(), LicenseSources.role("LICENSES/MIT.txt.license"));
        assertEquals(Optional.empty(), LicenseSources.role("docs/LICENSE"));
        assertEquals(Optional.of(LicenseSources.Role.README), LicenseSources.role("README.md"));
        assertEquals(Optional.of(LicenseSources.Role.PATENTS), LicenseSources.role("PATENTS"));
    }

    @Test
    void aReuseFileIsItsTextElseItsName() {
        assertEquals("MIT", sources.identify("LICENSES/LicenseRef-MIT.txt", LicenseTexts.spdx("MIT")).expression());
        Identification custom = sources.identify("LICENSES/LicenseRef-Acme.txt", "Acme may do anything with this.\n");
        assertEquals("LicenseRef-Acme", custom.expression());
        assertEquals(LicenseSources.REUSE_NAMED, custom.confidence(), 1e-9);
    }

    @Test
    void aCopyrightOnlyFileStatesNoLicense() {
        assertEquals("none", sources.identify("COPYING", "Copyright (c) 2020 Jane Doe\n").expression());
    }
}
