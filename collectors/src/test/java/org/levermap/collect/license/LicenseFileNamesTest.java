package org.levermap.collect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LicenseFileNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"LICENSE", "license", "LICENSE.txt", "LICENSE.md", "Licence", "COPYING", "COPYING.LESSER",
            "LICENSE-MIT", "LICENSE-APACHE", "LICENSE.APACHE-2.0", "MIT-LICENSE", "UNLICENSE", "LICENSE-MODEL", "LICENSES"})
    void licenseFiles(String name) {
        assertTrue(LicenseFileNames.isLicenseFile(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"LICENSE-THIRD-PARTY", "THIRD_PARTY_LICENSES", "LICENSE-3rdparty.csv", "license_check.sh",
            "license.go", "licenses.json", "LICENSE_HEADER", "license-template.txt", "NOTICE", "README.md",
            "COPYING.README", "license-exceptions.md"})
    void notLicenseFiles(String name) {
        assertFalse(LicenseFileNames.isLicenseFile(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"COPYING.protobuf", "LICENSE.jsoncpp", "LICENSE-chromium.txt", "license_node.md"})
    void filesNamedForABundledComponent(String name) {
        assertNotNull(LicenseFileNames.component(name, LICENSE_WORDS::contains), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"LICENSE", "LICENSE.txt", "LICENSE.md", "COPYING", "COPYING.LESSER", "COPYING.LIB",
            "COPYING.RUNTIME", "LICENSE-MIT", "LICENSE-APACHE", "LICENSE-2.0.txt", "LICENSE-custom.txt",
            "LICENSE.commercial", "LICENSE-binary", "LICENSE-MODEL", "LICENSE_WEIGHTS.md", "MIT-LICENSE", "UNLICENSE"})
    void filesNamedForALicenseOrForTheProjectsOwnTerms(String name) {
        assertNull(LicenseFileNames.component(name, LICENSE_WORDS::contains), name);
    }

    @Test
    void theComponentIsTheSuffixWithoutItsTextExtension() {
        assertEquals("chromium", LicenseFileNames.component("LICENSE-chromium.txt", w -> false));
        assertEquals("mit", LicenseFileNames.component("LICENSE-MIT", w -> false), "a word the catalogue does not name");
    }

    private static final java.util.Set<String> LICENSE_WORDS = java.util.Set.of("mit", "apache");

    @ParameterizedTest
    @ValueSource(strings = {"LICENSE-MODEL", "LICENSE.docs", "LICENSE_WEIGHTS.md", "LICENSE-DATA"})
    void scopedFiles(String name) {
        assertTrue(LicenseFileNames.isScoped(name), name);
        assertFalse(LicenseFileNames.isScoped("LICENSE-MIT"));
    }
}
