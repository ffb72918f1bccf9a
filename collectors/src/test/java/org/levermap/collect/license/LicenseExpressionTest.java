package org.levermap.collect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LicenseExpressionTest {

    private static LicenseExpression.FileResult file(String name, String expression, double score) {
        return new LicenseExpression.FileResult(name, new Identification(expression, score,
                expression.equals(Identification.NOASSERTION) ? List.of()
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
        assertEquals("MIT", LicenseExpression.combine(List.of(file("LICENSE", "MIT", 1), file("COPYING", "NOASSERTION", 0.2)))
                .expression());
    }

    @Test
    void theSameLicenseTwiceIsOnce() {
        assertEquals("MIT", LicenseExpression.combine(List.of(file("LICENSE", "MIT", 1), file("LICENSE.md", "MIT", 1))).expression());
    }
}
