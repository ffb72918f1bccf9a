package org.levermap.collect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.collect.testing.Catalog;

class LicenseCatalogTest {

    private final LicenseCatalog catalog = Catalog.shared();

    @Test
    void wordsOfFileNamesThatNameALicense() {
        for (String w : List.of("MIT", "apache", "APACHE-2.0", "Apache2", "gplv3", "lgpl", "bsd", "cc-by", "zlib", "busl")) {
            assertTrue(catalog.namesLicense(w), w);
        }
        for (String w : List.of("protobuf", "jsoncpp", "chromium", "node", "x", "")) {
            assertFalse(catalog.namesLicense(w), w);
        }
    }

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

    @Test
    void theCecillFamilyIsKnownInFrenchAndStandardNoticesAreReferences() {
        for (String id : java.util.List.of("CECILL-2.1", "CECILL-B", "CECILL-C")) {
            assertEquals(2, catalog.all().stream().filter(r -> r.id().equals(id) && !r.name().endsWith(SpdxLicenses.NOTICE))
                    .count(), id + ": the SPDX (English) text and the official French one");
        }
        assertTrue(catalog.all().stream().anyMatch(r -> r.id().equals("Apache-2.0") && r.name().endsWith(SpdxLicenses.NOTICE)));
        assertFalse(catalog.byId("Apache-2.0").orElseThrow().name().endsWith(SpdxLicenses.NOTICE), "the full text first");
        assertTrue(catalog.knows("CECILL-2.1"));
        assertFalse(catalog.knows("GPL-3.0"));
    }

    @Test
    void theOrderOfAReferenceIsReadOnDemand() {
        ReferenceOrder mit = catalog.order(catalog.byId("MIT").orElseThrow());
        assertTrue(mit.bigrams().contains("permission is"), "pairs of the license");
        assertTrue(mit.required().size() > 100);
    }

    @Test
    void aStandardNoticeKeepsTheWordsThatNameItsLicense() {
        for (String name : java.util.List.of("Educational Community License v2.0 (standard notice)",
                "Apache License 2.0 (standard notice)")) {
            ReferenceLicense notice = catalog.all().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
            assertTrue(notice.required().set().containsAll(java.util.Set.of("copyright", "licensed", "version")),
                    name + ": " + notice.required());
        }
        ReferenceLicense ecl = catalog.all().stream()
                .filter(r -> r.name().equals("Educational Community License v2.0 (standard notice)")).findFirst().orElseThrow();
        assertTrue(ecl.required().set().containsAll(java.util.Set.of("educational", "community")), ecl.required().toString());
    }

    @Test
    void noticesThatOnlyTheirVersionNumberTellsApartAreNoReferences() {
        // Words drop version numbers: the GFDL 1.1, 1.2 and 1.3 notices are one set of words.
        assertTrue(catalog.all().stream().noneMatch(r -> r.id().startsWith("GFDL-") && r.name().endsWith(SpdxLicenses.NOTICE)));
        String notice = SpdxLicenses.texts("GFDL-1.3-or-later", true).orElseThrow().required();
        String read = new LicenseIdentifier(catalog).identify("Copyright (c) 2020 Jane Doe.\n" + notice).expression();
        assertFalse(read.startsWith("GFDL-1.1") || read.startsWith("GFDL-1.2"), read);
        assertTrue(catalog.all().stream().anyMatch(r -> r.id().equals("W3C-20150513") && r.name().endsWith(SpdxLicenses.NOTICE)),
                "a notice no other license shares is a reference");
    }
}
