package org.levermap.collect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.levermap.model.LicenseFamily;

class ReferenceLicenseTest {

    @Test
    void optionalWordsCountOnlyWhenTheFileHasThem() {
        ReferenceLicense r = ReferenceLicense.of("X-1.0", "X", "alpha beta gamma delta", "epsilon zeta");
        assertEquals(1.0, r.score(LicenseText.words("alpha beta gamma delta")));
        assertEquals(1.0, r.score(LicenseText.words("alpha beta gamma delta epsilon")));
        assertEquals(2.0 * 4 / (5 + 4), r.score(LicenseText.words("alpha beta gamma delta omega")));
        assertEquals(5, r.explained(LicenseText.words("alpha beta gamma delta epsilon omega")));
        assertEquals(4, r.minSize());
        assertEquals(6, r.maxSize());
        assertEquals(LicenseFamily.UNKNOWN, r.family());
    }
}
