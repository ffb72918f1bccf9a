package org.levermap.collect.license;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    @ValueSource(strings = {"LICENSE-MODEL", "LICENSE.docs", "LICENSE_WEIGHTS.md", "LICENSE-DATA"})
    void scopedFiles(String name) {
        assertTrue(LicenseFileNames.isScoped(name), name);
        assertFalse(LicenseFileNames.isScoped("LICENSE-MIT"));
    }
}
