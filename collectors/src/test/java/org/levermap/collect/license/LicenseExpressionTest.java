package org.levermap.collect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LicenseExpressionTest {

    private static LicenseExpression.FileResult file(String name, String expression, double score) {
        return new LicenseExpression.FileResult(name, new Identification(expression, score,
                expression.equals(Identification.NOASSERTION) || expression.equals("none") ? List.of()
                        : List.of(new Identification.Part(expression, score, 1, 1)), List.of()));
    }

    @Test
    void filesAreAlternativesUnlessScoped() {
        assertEquals(new LicenseExpression.Combined("Apache-2.0 OR MIT", 0.97),
                LicenseExpression.combine(List.of(file("LICENSE-APACHE", "Apache-2.0", 0.97), file("LICENSE-MIT", "MIT", 1.0))));
        assertEquals(new LicenseExpression.Combined("MIT AND LicenseRef-scancode-bigscience-open-rail-m2", 1.0),
                LicenseExpression.combine(List.of(file("LICENSE", "MIT", 1.0),
                        file("LICENSE-MODEL", "LicenseRef-scancode-bigscience-open-rail-m2", 1.0))));
        assertEquals("(Apache-2.0 OR MIT) AND CC-BY-4.0", LicenseExpression.combine(List.of(file("LICENSE-APACHE", "Apache-2.0", 1),
                file("LICENSE-MIT", "MIT", 1), file("LICENSE-DOCS", "CC-BY-4.0", 1))).expression());
    }

    @Test
    void theGplBesideTheLgplIsTheLgpl() {
        assertEquals("LGPL-3.0-only", LicenseExpression.combine(List.of(file("COPYING", "GPL-3.0-only", 1),
                file("COPYING.LESSER", "LGPL-3.0-only", 1))).expression());
    }

    @Test
    void noFilesIsNoneAndUnidentifiedFilesAreNoAssertion() {
        assertEquals(new LicenseExpression.Combined("none", 1.0), LicenseExpression.combine(List.of()));
        assertEquals(new LicenseExpression.Combined("NOASSERTION", 0.6),
                LicenseExpression.combine(List.of(file("LICENSE", "NOASSERTION", 0.6))));
    }

    @Test
    void anUnidentifiedFileBesideAnIdentifiedOneIsKeptWithItsLowerConfidence() {
        assertEquals(new LicenseExpression.Combined("MIT AND LicenseRef-unknown-COPYING", 0.2),
                LicenseExpression.combine(List.of(file("LICENSE", "MIT", 1), file("COPYING", "NOASSERTION", 0.2))));
        assertEquals("(Apache-2.0 OR MIT) AND LicenseRef-unknown-LICENSE-custom.txt", LicenseExpression.combine(List.of(
                file("LICENSE-APACHE", "Apache-2.0", 1), file("LICENSE-MIT", "MIT", 1),
                file("LICENSE-custom.txt", "NOASSERTION", 0.3))).expression());
    }

    @Test
    void aFileStatingNoLicenseIsLeftOut() {
        assertEquals("MIT", LicenseExpression.combine(List.of(file("LICENSE", "MIT", 1), file("COPYING", "none", 1))).expression());
        assertEquals("none", LicenseExpression.combine(List.of(file("COPYING", "none", 1))).expression());
    }

    @Test
    void reuseLicensesAreAddedAndAReadmeCountsOnlyAlone() {
        assertEquals("MIT", LicenseExpression.combine(List.of(file("LICENSES/MIT.txt", "MIT", 1))).expression());
        assertEquals("Apache-2.0 AND MIT", LicenseExpression.combine(List.of(file("LICENSE", "Apache-2.0", 1),
                file("LICENSES/Apache-2.0.txt", "Apache-2.0", 1), file("LICENSES/MIT.txt", "MIT", 1))).expression());
        assertEquals("(Apache-2.0 OR MIT) AND CC0-1.0", LicenseExpression.combine(List.of(file("LICENSE-APACHE", "Apache-2.0", 1),
                file("LICENSE-MIT", "MIT", 1), file("LICENSES/MIT.txt", "MIT", 1), file("LICENSES/CC0-1.0.txt", "CC0-1.0", 1)))
                .expression());
        assertEquals(new LicenseExpression.Combined("MIT", 0.6),
                LicenseExpression.combine(List.of(file("README.md", "MIT", 0.6))));
        assertEquals("Apache-2.0", LicenseExpression.combine(List.of(file("LICENSE", "Apache-2.0", 1), file("README.md", "MIT", 0.6),
                file("PATENTS", "LicenseRef-scancode-facebook-patent-rights-2", 1))).expression());
    }

    @Test
    void theProjectsOwnLicenseIsTheRootsExpressionWrittenFirst() {
        LicenseExpression.Combined curl = LicenseExpression.combine(List.of(file("COPYING", "curl", 1),
                file("LICENSES/curl.txt", "curl", 1), file("LICENSES/GPL-3.0-only.txt", "GPL-3.0-only", 1)));
        assertEquals("curl AND GPL-3.0-only", curl.expression());
        assertEquals("curl", curl.own());
        LicenseExpression.Combined dual = LicenseExpression.combine(List.of(file("LICENSE-APACHE", "Apache-2.0", 1),
                file("LICENSE-MIT", "MIT", 1), file("LICENSES/CC0-1.0.txt", "CC0-1.0", 1)));
        assertEquals("(Apache-2.0 OR MIT) AND CC0-1.0", dual.expression());
        assertEquals("Apache-2.0 OR MIT", dual.own(), "the first term, as the assessment reads it back (OwnLicense)");
        assertEquals("MIT AND ISC", LicenseExpression.combine(List.of(file("LICENSES/MIT.txt", "MIT", 1),
                file("LICENSES/ISC.txt", "ISC", 1))).own(), "REUSE alone: all of it is the project's");
    }

    @Test
    void theSameLicenseTwiceIsOnce() {
        assertEquals("MIT", LicenseExpression.combine(List.of(file("LICENSE", "MIT", 1), file("LICENSE.md", "MIT", 1))).expression());
    }
}
