package org.levermap.collect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.levermap.collect.testing.TestRepo.at;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.collect.git.History;
import org.levermap.collect.git.HistoryWalker;
import org.levermap.collect.testing.Catalog;
import org.levermap.collect.testing.LicenseTexts;
import org.levermap.collect.testing.TestRepo;

class LicenseHistoryTest {

    static final TestRepo.Person A = new TestRepo.Person("A", "a@x.org");

    @TempDir
    Path tmp;

    @Test
    void oneStatePerLinePositionAndChangesOnlyWhereTheFilesDiffer() throws Exception {
        try (TestRepo repo = TestRepo.init(tmp.resolve("r.git"))) {
            TestRepo.Branch main = repo.branch("main");
            main.write("README", "r").commit("no license yet", at("2020-01-01"), A);
            ObjectId mit = main.write("LICENSE", LicenseTexts.spdx("MIT")).commit("MIT", at("2020-02-01"), A);
            main.write("code", "c").commit("code", at("2020-03-01"), A);
            ObjectId renamed = main.delete("LICENSE").write("LICENSE.md", LicenseTexts.spdx("MIT")).commit("rename", at("2020-04-01"), A);
            ObjectId dual = main.write("LICENSE-APACHE", LicenseTexts.spdx("Apache-2.0")).commit("dual", at("2020-05-01"), A);
            ObjectId gone = main.delete("LICENSE.md").delete("LICENSE-APACHE").commit("remove", at("2020-06-01"), A);
            List<Integer> progress = new ArrayList<>();
            try (ObjectReader reader = repo.repository().newObjectReader()) {
                History h = HistoryWalker.walk(reader, main.tip(), n -> { });
                LicenseHistory.Result r = new LicenseHistory(Catalog.shared()).follow(h, reader, progress::add);

                assertEquals(List.of("none", "MIT", "MIT", "MIT", "Apache-2.0 OR MIT", "none"),
                        r.states().stream().map(LicenseState::expression).toList());
                assertEquals(List.of(
                        new LicenseChangeRecord(1, mit, mit, true, "none", "MIT", "LICENSE"),
                        new LicenseChangeRecord(3, renamed, renamed, false, "MIT", "MIT", "LICENSE.md"),
                        new LicenseChangeRecord(4, dual, dual, true, "MIT", "Apache-2.0 OR MIT", "LICENSE-APACHE"),
                        new LicenseChangeRecord(5, gone, gone, true, "Apache-2.0 OR MIT", "none", "LICENSE-APACHE")), r.changes());
                assertEquals(2, r.upTo(3).size());
                assertFalse(r.changes().get(0).merged());
                assertEquals(6, progress.get(progress.size() - 1));
            }
        }
    }
}
