package org.levermap.model.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.model.Evidence;
import org.levermap.model.LicenseFacts;
import org.levermap.model.LicenseFamily;

class OwnLicenseTest {

    private static LicenseFacts facts(String spdx, String... files) {
        List<LicenseFacts.LicenseFile> read = new ArrayList<>();
        for (String f : files) {
            String[] pathAndId = f.split("=", 2);
            read.add(new LicenseFacts.LicenseFile(pathAndId[1], 1.0, new Evidence("c", pathAndId[0], null), null, null));
        }
        return new LicenseFacts(spdx, LicenseFamily.UNKNOWN, 1.0, read, null, null);
    }

    @Test
    void besideAReuseFolderTheRootFilesExpressionIsTheProjectsOwn() {
        assertEquals("curl", OwnLicense.of(facts("curl AND BSD-4-Clause-UC AND GPL-3.0-only", "COPYING=curl",
                "LICENSES/BSD-4-Clause-UC.txt=BSD-4-Clause-UC", "LICENSES/GPL-3.0-only.txt=GPL-3.0-only")));
        assertEquals("Apache-2.0 OR MIT", OwnLicense.of(facts("(Apache-2.0 OR MIT) AND CC0-1.0", "LICENSE-APACHE=Apache-2.0",
                "LICENSE-MIT=MIT", "REUSE.toml=CC0-1.0")));
    }

    @Test
    void withoutAReuseFolderOrWithoutAnIdentifiedRootFileTheWholeExpressionIs() {
        assertEquals("MIT AND CC-BY-4.0", OwnLicense.of(facts("MIT AND CC-BY-4.0", "LICENSE=MIT", "LICENSE-DOCS=CC-BY-4.0")));
        assertEquals("GPL-3.0-only AND CC0-1.0", OwnLicense.of(facts("GPL-3.0-only AND CC0-1.0",
                "LICENSES/GPL-3.0-only.txt=GPL-3.0-only", "LICENSES/CC0-1.0.txt=CC0-1.0")), "REUSE alone");
        assertEquals("MIT AND ISC", OwnLicense.of(facts("MIT AND ISC", "LICENSE=NOASSERTION", "LICENSES/MIT.txt=MIT",
                "LICENSES/ISC.txt=ISC")), "the root file matched nothing: the collector wrote no root term");
        assertNull(OwnLicense.of(null));
    }

    @Test
    void theFirstTermOfAnExpression() {
        assertEquals("A", OwnLicense.firstTerm("A AND B AND C"));
        assertEquals("A OR B", OwnLicense.firstTerm("(A OR B) AND C"));
        assertEquals("GPL-2.0-only WITH Classpath-exception-2.0",
                OwnLicense.firstTerm("GPL-2.0-only WITH Classpath-exception-2.0 AND MIT"));
        assertEquals("A OR B", OwnLicense.firstTerm("A OR B"));
        assertEquals("(A) OR B", OwnLicense.firstTerm("(A) OR B"));
        assertEquals("A", OwnLicense.firstTerm("A"));
    }
}
