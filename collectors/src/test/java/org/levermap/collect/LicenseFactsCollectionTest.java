package org.levermap.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.levermap.collect.testing.TestRepo.at;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.collect.testing.Catalog;
import org.levermap.collect.testing.LicenseTexts;
import org.levermap.collect.testing.TestRepo;
import org.levermap.model.LicenseFacts;
import org.levermap.model.Snapshot;

/** What a snapshot records of modified licenses, README license sections and patent grants. */
class LicenseFactsCollectionTest {

    @TempDir
    Path tmp;

    private static final TestRepo.Person ANN = new TestRepo.Person("Ann", "ann@example.org");

    private Snapshot collect(TestRepo.Branch branch, Path dir) throws Exception {
        GitCollector collector = new GitCollector(tmp.resolve("cache"), true, Progress.NONE, Catalog.shared());
        return collector.collect(new CollectRequest("p", dir.toString(), null, List.of(LocalDate.parse("2024-12-31")),
                List.of(), "t", tmp)).snapshots().get(0);
    }

    @Test
    void aModifiedLicenseAndAPatentGrantAreRecordedWithTheirEvidence() throws Exception {
        Path dir = tmp.resolve("r.git");
        String apache = LicenseTexts.spdx("Apache-2.0");
        int at4d = apache.indexOf("(d) If the Work includes");
        String modified = apache.substring(0, at4d) + "(e) You may not use the Work for any commercial purpose whatsoever, "
                + "and any use of the Work by a company must be approved in writing by the Licensor first.\n\n"
                + apache.substring(at4d);
        Snapshot s;
        try (TestRepo repo = TestRepo.init(dir)) {
            TestRepo.Branch main = repo.branch("main");
            main.write("LICENSE", modified).write("PATENTS", org.levermap.collect.license.PatentGrantsFixture.FACEBOOK)
                    .commit("license", at("2024-07-24"), ANN);
            s = collect(main, dir);
        }
        assertEquals("LicenseRef-Apache-2.0-modified", s.license().spdx());
        LicenseFacts.LicenseFile file = s.license().files().get(0);
        assertEquals("Apache-2.0", file.closest());
        assertTrue(file.note().contains("commercial purpose"), file.note());
        LicenseFacts.PatentGrant grant = s.license().patents().get(0);
        assertEquals("LicenseRef-scancode-facebook-patent-rights-2", grant.spdx());
        assertEquals(Boolean.TRUE, grant.terminates());
        assertEquals("PATENTS", grant.evidence().path());
        assertEquals(11, grant.evidence().line());
        assertEquals(1, s.license().files().size(), "the grant is no license file");
    }

    @Test
    void aReadmeLicenseSectionIsTheLicenseWithItsLine() throws Exception {
        Path dir = tmp.resolve("m.git");
        Snapshot s;
        try (TestRepo repo = TestRepo.init(dir)) {
            TestRepo.Branch main = repo.branch("main");
            main.write("README.md", "# Tool\n\n## License\n\nMIT, see the notice in each file.\n").commit("readme", at("2024-07-24"), ANN);
            s = collect(main, dir);
        }
        assertEquals("MIT", s.license().spdx());
        assertEquals(0.6, s.license().confidence(), 1e-9);
        assertEquals(5, s.license().files().get(0).evidence().line());
        assertTrue(s.license().files().get(0).note().startsWith("named in the README's license section"));
    }
}
