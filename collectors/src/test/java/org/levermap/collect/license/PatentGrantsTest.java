package org.levermap.collect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PatentGrantsTest {

    /** The shape of Facebook's grant (React until 2017), abridged: a grant, then its termination clause. */
    static final String FACEBOOK = """
            Additional Grant of Patent Rights Version 2

            "Software" means the React software distributed by Facebook, Inc.

            Facebook, Inc. ("Facebook") hereby grants to each recipient of the Software
            ("you") a perpetual, worldwide, royalty-free, non-exclusive, irrevocable
            (subject to the termination provision below) license under any Necessary
            Claims, to make, have made, use, sell, offer to sell, import, and otherwise
            transfer the Software.

            The license granted hereunder will terminate, automatically and without notice,
            if you initiate directly or indirectly any Patent Assertion against Facebook.
            """;

    @Test
    void facebooksGrantIsKnownAndItsTerminationClauseFound() {
        Identification id = PatentGrants.identify("PATENTS", FACEBOOK).orElseThrow();
        assertEquals("LicenseRef-scancode-facebook-patent-rights-2", id.expression());
        assertEquals(11, id.parts().get(0).firstLine());
        assertTrue(id.parts().get(0).note().contains("terminates"));
    }

    @Test
    void anotherGrantIsUnknownAndAFileGrantingNothingIsNone() {
        Identification other = PatentGrants.identify("PATENTS.md", "Acme grants you a license under its patents.\n").orElseThrow();
        assertEquals("LicenseRef-unknown-PATENTS.md", other.expression());
        assertTrue(other.parts().get(0).note().contains("without a termination clause"));
        assertEquals(Optional.empty(), PatentGrants.identify("PATENTS", "See the wiki.\n"));
        assertTrue(PatentGrants.isPatentsFile("PATENTS.txt"));
    }
}
