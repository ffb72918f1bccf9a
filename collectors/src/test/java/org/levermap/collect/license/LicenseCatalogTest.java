package org.levermap.collect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.levermap.collect.testing.Catalog;

class LicenseCatalogTest {

    private final LicenseCatalog catalog = Catalog.shared();

    @Test
    void holdsTheBundledSpdxListWithoutDeprecatedIdsAndTheLicenseRefs() {
        assertTrue(catalog.spdxVersion().matches("3\\.\\d+(\\.\\d+)?"), catalog.spdxVersion());
        assertTrue(catalog.all().size() > 650, "size " + catalog.all().size());
        assertTrue(catalog.byId("MIT").isPresent());
        assertTrue(catalog.byId("LicenseRef-scancode-rsalv2").isPresent());
        assertFalse(catalog.byId("GPL-3.0").isPresent(), "deprecated");
    }

    @Test
    void candidatesAreThoseWhoseSizeAllowsTheThreshold() {
        ReferenceLicense mit = catalog.byId("MIT").orElseThrow();
        int size = mit.minSize();
        assertTrue(catalog.candidates(size, 0.95).contains(mit));
        assertFalse(catalog.candidates(size * 3, 0.95).contains(mit));
        assertEquals(catalog.all().size(), catalog.candidates(300, 0.0).size());
    }

    @Test
    void theLicensesOwnHoldersAreKnown() {
        assertTrue(catalog.byId("GPL-3.0-only").orElseThrow().ownHolders().contains("free software foundation inc"));
        assertTrue(catalog.byId("BUSL-1.1").orElseThrow().ownHolders().contains("mariadb corporation ab"));
    }
}
