package org.levermap.model.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.snapshot;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.model.Evidence;
import org.levermap.model.LicenseChange;
import org.levermap.model.LicenseFamily;
import org.levermap.model.phrase.Arg;
import org.levermap.model.phrase.Phrase;
import org.levermap.model.testing.Samples;

class LicenseRuleTest {

    private final LicenseRule rule = new LicenseRule();

    private List<Change> changes(String spdx1, LicenseFamily f1, String spdx2, LicenseFamily f2, LicenseChange... h) {
        return rule.changes(Steps.of(project("p"), snapshot("p", "2024-01-31").license(spdx1, f1).build(),
                snapshot("p", "2024-02-29").license(spdx2, f2, h).build()));
    }

    @Test
    void aMoveToAMoreRestrictiveFamilyIsAnAlertWithItsCommit() {
        var commit = new LicenseChange(Samples.day("2024-02-10"), LicenseChange.Kind.CHANGE, "Apache-2.0", "BUSL-1.1",
                new Evidence(Samples.COMMIT, "LICENSE", null), null);
        var old = new LicenseChange(Samples.day("2020-02-10"), LicenseChange.Kind.CHANGE, "MIT", "Apache-2.0",
                new Evidence("ffff", "LICENSE", null), null);
        Change c = changes("Apache-2.0", LicenseFamily.PERMISSIVE, "BUSL-1.1", LicenseFamily.SOURCE_AVAILABLE, old,
                commit).get(0);
        assertEquals(Severity.ALERT, c.severity());
        assertEquals(new Arg.Part(Phrase.of(ChangeText.LICENSE_OF_FAMILY).text("license", "Apache-2.0")
                .term("family", LicenseFamily.PERMISSIVE)), c.from());
        assertEquals(new Arg.Part(Phrase.of(ChangeText.LICENSE_OF_FAMILY).text("license", "BUSL-1.1")
                .term("family", LicenseFamily.SOURCE_AVAILABLE)), c.to());
        assertEquals(Samples.day("2024-02-29"), c.date());
        assertEquals(Samples.day("2024-01-31"), c.since());
        assertEquals(1, c.evidence().size(), "only the change inside the step is cited");
        assertEquals(Samples.COMMIT, c.evidence().get(0).evidence().commit());
    }

    @Test
    void aMoveToALooserFamilyIsNotable() {
        assertEquals(Severity.NOTABLE, changes("SSPL-1.0", LicenseFamily.SOURCE_AVAILABLE, "AGPL-3.0-only",
                LicenseFamily.NETWORK_COPYLEFT).get(0).severity());
    }

    @Test
    void aChangeWithinTheFamilyIsNotable() {
        assertEquals(Severity.NOTABLE, changes("MIT", LicenseFamily.PERMISSIVE, "Apache-2.0", LicenseFamily.PERMISSIVE)
                .get(0).severity());
    }

    @Test
    void aRemovedLicenseIsAnAlertAndAnAddedOneInfo() {
        assertEquals(Severity.ALERT, changes("MIT", LicenseFamily.PERMISSIVE, null, null).get(0).severity());
        Change added = changes(null, null, "MIT", LicenseFamily.PERMISSIVE).get(0);
        assertEquals(Severity.INFO, added.severity());
        assertNull(added.from(), "none");
    }

    @Test
    void licensesAReuseFolderAddsForSingleFilesAreNoChangeOfTheProjectsLicense() {
        // curl, June 2022: REUSE adopted, its LICENSES/ folder holding the GPL of a few build files.
        Change c = rule.changes(Steps.of(project("curl"),
                snapshot("curl", "2022-05-31").licenseFiles("curl", LicenseFamily.PERMISSIVE, "COPYING=curl").build(),
                snapshot("curl", "2022-06-30").licenseFiles("curl AND GPL-3.0-only AND ISC", LicenseFamily.PERMISSIVE,
                        "COPYING=curl", "LICENSES/GPL-3.0-only.txt=GPL-3.0-only", "LICENSES/ISC.txt=ISC",
                        "LICENSES/curl.txt=curl").build())).get(0);
        assertEquals(Severity.INFO, c.severity());
        assertEquals(ChangeText.FILE_LICENSES_CHANGED, c.summary().key());
        assertEquals(new Arg.Part(Phrase.of(ChangeText.LICENSE_OF_FAMILY).text("license", "curl AND GPL-3.0-only AND ISC")
                .term("family", LicenseFamily.PERMISSIVE)), c.to(), "the project's own license's family");
    }

    @Test
    void withoutAReuseFolderEveryTermIsTheProjectsLicense() {
        Change c = rule.changes(Steps.of(project("p"),
                snapshot("p", "2022-05-31").licenseFiles("MIT", LicenseFamily.PERMISSIVE, "LICENSE=MIT").build(),
                snapshot("p", "2022-06-30").licenseFiles("MIT AND GPL-3.0-only", LicenseFamily.STRONG_COPYLEFT,
                        "LICENSE=MIT", "LICENSE-MODEL=GPL-3.0-only").build())).get(0);
        assertEquals(Severity.ALERT, c.severity());
    }

    @Test
    void anUnchangedLicenseIsNoChange() {
        assertTrue(changes("MIT", LicenseFamily.PERMISSIVE, "MIT", LicenseFamily.PERMISSIVE).isEmpty());
    }
}
