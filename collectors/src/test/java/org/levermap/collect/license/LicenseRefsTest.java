package org.levermap.collect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.model.LicenseFamily;

class LicenseRefsTest {

    @Test
    void everyBundledLicenseHasAScanCodeIdATextAndAFamily() {
        List<LicenseRefs.Entry> entries = LicenseRefs.entries();
        assertTrue(entries.stream().map(LicenseRefs.Entry::id).toList().containsAll(List.of("LicenseRef-scancode-rsalv2",
                "LicenseRef-scancode-stable-diffusion-2022-08-22", "LicenseRef-scancode-bigscience-open-rail-m",
                "LicenseRef-scancode-llama-2-license-2023", "LicenseRef-scancode-llama-3-license-2024",
                "LicenseRef-scancode-llama-3.1-license-2024", "LicenseRef-scancode-commons-clause")));
        for (LicenseRefs.Entry e : entries) {
            // Official translations of listed licenses keep the SPDX id; the others have ScanCode's.
            assertTrue(e.id().startsWith("LicenseRef-scancode-") || e.name().endsWith("text)"), e.id());
            assertTrue(LicenseRefs.text(e).length() > 500, e.id());
            assertTrue(!e.source().isBlank(), e.id());
            assertTrue(LicenseFamilies.of(e.id()) != LicenseFamily.UNKNOWN, e.id());
        }
    }

    @Test
    void eachTextIsIdentifiedAsItself() {
        LicenseMatcher matcher = new LicenseMatcher(org.levermap.collect.testing.Catalog.shared());
        for (LicenseRefs.Entry e : LicenseRefs.entries()) {
            assertEquals(e.id(), matcher.identify(LicenseText.words(LicenseRefs.text(e))).orElseThrow().license().id());
        }
    }
}
