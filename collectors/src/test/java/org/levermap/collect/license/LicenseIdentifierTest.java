package org.levermap.collect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.collect.testing.Catalog;
import org.levermap.collect.testing.LicenseTexts;

class LicenseIdentifierTest {

    private final LicenseIdentifier identifier = new LicenseIdentifier(Catalog.shared());

    @Test
    void aDualLicenseTextIsAChoiceBetweenItsLicenses() {
        Identification id = identifier.identify(LicenseTexts.redisDual());
        assertEquals("LicenseRef-scancode-rsalv2 OR SSPL-1.0", id.expression());
        assertEquals(List.of("LicenseRef-scancode-rsalv2", "SSPL-1.0"), id.parts().stream().map(Identification.Part::id).toList());
        assertEquals(8, id.parts().get(0).firstLine(), "the preamble is not part of the first license");
        assertTrue(id.confidence() >= 0.99, "confidence " + id.confidence());
        assertEquals(List.of(), id.holders(), "MongoDB's notice in the SSPL is the license's own");
    }

    @Test
    void licensesOneAfterTheOtherWithoutAChoiceApplyTogether() {
        String text = LicenseTexts.ref("commons-clause.txt") + "\n\n" + LicenseTexts.spdx("Apache-2.0");
        assertEquals("LicenseRef-scancode-commons-clause AND Apache-2.0", identifier.identify(text).expression());
    }

    @Test
    void aParameterisedBusinessSourceLicenseIsFoundUnderItsParameters() {
        String busl = LicenseTexts.spdx("BUSL-1.1");
        String file = """
                License text copyright (c) 2020 MariaDB Corporation Ab, All Rights Reserved.
                "Business Source License" is a trademark of MariaDB Corporation Ab.

                Parameters

                Licensor:             HashiCorp, Inc.
                Licensed Work:        Terraform Version 1.6.0 or later. The Licensed Work is (c) 2023
                                      HashiCorp, Inc.
                Additional Use Grant: You may make production use of the Licensed Work, provided
                                      Your use does not include offering the Licensed Work to third
                                      parties on a hosted or embedded basis in order to compete with
                                      HashiCorp's paid version(s) of the Licensed Work.
                Change Date:          Four years from the date the Licensed Work is published.
                Change License:       MPL 2.0

                Notice

                """ + busl.substring(busl.indexOf("Business Source License 1.1"), busl.indexOf("MariaDB hereby grants"));
        Identification id = identifier.identify(file);
        assertEquals("BUSL-1.1", id.expression());
        assertEquals(List.of(new CopyrightNotices.Holder("HashiCorp, Inc.", 7)), id.holders());
    }

    @Test
    void anUnknownTextIsNoAssertionWithItsBestScore() {
        Identification id = identifier.identify("Do whatever you like with this, except selling it to my cousin.\n");
        assertEquals(Identification.NOASSERTION, id.expression());
        assertTrue(id.parts().isEmpty());
    }

    @Test
    void anSpdxTagIsTheFallback() {
        Identification id = identifier.identify("This project is licensed as follows.\nSPDX-License-Identifier: Apache-2.0 OR MIT\n");
        assertEquals("Apache-2.0 OR MIT", id.expression());
    }

    @Test
    void theApacheNoticeUnderAPreambleIsApacheAndTheEducationalCommunityNoticeIsItsOwn() {
        // Akka's LICENSE from 2009 to 2022: the disclaimer both notices share once read as ECL-2.0.
        String akka = """
                This software is licensed under the Apache 2 license, quoted below.

                Copyright 2009 Scalable Solutions AB [http://scalablesolutions.se]

                Licensed under the Apache License, Version 2.0 (the "License"); you may not
                use this file except in compliance with the License. You may obtain a copy of
                the License at

                    [http://www.apache.org/licenses/LICENSE-2.0]

                Unless required by applicable law or agreed to in writing, software
                distributed under the License is distributed on an "AS IS" BASIS, WITHOUT
                WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the
                License for the specific language governing permissions and limitations under
                the License.

                ---------------

                Licenses for dependency projects can be found here:
                [http://doc.akkasource.org/licenses]
                """;
        Identification id = identifier.identify(akka);
        assertEquals("Apache-2.0", id.expression());
        assertEquals(List.of(new CopyrightNotices.Holder("Scalable Solutions AB", 3)), id.holders());
        String ecl = akka.substring(akka.indexOf("Copyright")).replace("the Apache License, Version 2.0",
                "the Educational Community License, Version 2.0").replace("http://www.apache.org/licenses/LICENSE-2.0",
                "http://www.osedu.org/licenses/ECL-2.0");
        assertEquals("ECL-2.0", identifier.identify(ecl.substring(0, ecl.indexOf("---"))).expression());
        String disclaimer = akka.substring(akka.indexOf("Unless required"), akka.indexOf("---"));
        assertEquals(Identification.NOASSERTION, identifier.identify(disclaimer).expression(),
                "the disclaimer alone names no license");
    }
}
