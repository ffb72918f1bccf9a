package org.levermap.collect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReuseConfigTest {

    @Test
    void reuseTomlAndDep5DeclareExpressions() {
        String toml = """
                version = 1

                [[annotations]]
                path = "**"
                SPDX-FileCopyrightText = "2024 Jane Doe"
                SPDX-License-Identifier = "MIT OR Apache-2.0"

                [[annotations]]
                path = "docs/**"
                SPDX-License-Identifier = "CC-BY-4.0"
                """;
        assertEquals(Map.of("MIT OR Apache-2.0", 6, "CC-BY-4.0", 10), ReuseConfig.expressions("REUSE.toml", toml));
        String dep5 = "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\nFiles: *\n"
                + "Copyright: 2024 Jane Doe\nLicense: GPL-3.0-or-later\n\nFiles: x\nLicense: <script>alert(1)</script>\n";
        assertEquals(Map.of("GPL-3.0-or-later", 5), ReuseConfig.expressions(".reuse/dep5", dep5));
    }

    @Test
    void declaredChoicesGroupTheFoldersLicenses() {
        Identification config = ReuseConfig.identify("REUSE.toml", "SPDX-License-Identifier = \"MIT OR Apache-2.0\"\n");
        Identification mit = new Identification("MIT", 1, List.of(new Identification.Part("MIT", 1, 1, 1)), List.of());
        Identification apache = new Identification("Apache-2.0", 1, List.of(new Identification.Part("Apache-2.0", 1, 1, 1)),
                List.of());
        Identification cc0 = new Identification("CC0-1.0", 1, List.of(new Identification.Part("CC0-1.0", 1, 1, 1)), List.of());
        assertEquals("(MIT OR Apache-2.0) AND CC0-1.0", LicenseExpression.combine(List.of(
                new LicenseExpression.FileResult("REUSE.toml", config), new LicenseExpression.FileResult("LICENSES/MIT.txt", mit),
                new LicenseExpression.FileResult("LICENSES/Apache-2.0.txt", apache),
                new LicenseExpression.FileResult("LICENSES/CC0-1.0.txt", cc0))).expression());
        assertEquals("MIT OR Apache-2.0", LicenseExpression.combine(List.of(new LicenseExpression.FileResult("REUSE.toml", config),
                new LicenseExpression.FileResult("LICENSES/MIT.txt", mit))).expression());
    }
}
