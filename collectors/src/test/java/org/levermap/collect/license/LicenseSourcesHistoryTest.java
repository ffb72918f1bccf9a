package org.levermap.collect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.levermap.collect.testing.TestRepo.at;

import java.nio.file.Path;
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

/** The license followed through histories whose files are notices, REUSE folders, READMEs and PATENTS grants. */
class LicenseSourcesHistoryTest {

    static final TestRepo.Person A = new TestRepo.Person("A", "a@x.org");

    static final String APACHE_NOTICE = """
            Copyright 2020 Jane Doe

            Licensed under the Apache License, Version 2.0 (the "License");
            you may not use this file except in compliance with the License.
            You may obtain a copy of the License at

                http://www.apache.org/licenses/LICENSE-2.0

            Unless required by applicable law or agreed to in writing, software
            distributed under the License is distributed on an "AS IS" BASIS,
            WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
            See the License for the specific language governing permissions and
            limitations under the License.
            """;

    static final String GPL2_ONLY_NOTICE = """
            Copyright (C) 2020 Jane Doe

            This program is free software; you can redistribute it and/or modify it under the terms of the GNU
            General Public License as published by the Free Software Foundation; version 2.

            This program is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even
            the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public
            License for more details.

            You should have received a copy of the GNU General Public License along with this program; if not,
            write to the Free Software Foundation, Inc., 51 Franklin Street, Fifth Floor, Boston, MA 02110-1301, USA.
            """;

    static final String GPL2_LATER_NOTICE = GPL2_ONLY_NOTICE.replace("Foundation; version 2.",
            "Foundation; either version 2 of the License, or\n(at your option) any later version.");

    static final String GPL3_NOTICE = """
            Copyright (C) 2020 Jane Doe

            This program is free software: you can redistribute it and/or modify
            it under the terms of the GNU General Public License as published by
            the Free Software Foundation, either version 3 of the License, or
            (at your option) any later version.

            This program is distributed in the hope that it will be useful,
            but WITHOUT ANY WARRANTY; without even the implied warranty of
            MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
            GNU General Public License for more details.

            You should have received a copy of the GNU General Public License
            along with this program.  If not, see <https://www.gnu.org/licenses/>.
            """;

    static final String MIT_SHORT = """
            Copyright (c) 2020 Jane Doe

            Released under the MIT License.
            """;

    @TempDir
    Path tmp;

    private LicenseHistory.Result follow(TestRepo repo, TestRepo.Branch branch) throws Exception {
        try (ObjectReader reader = repo.repository().newObjectReader()) {
            History h = HistoryWalker.walk(reader, branch.tip(), n -> { });
            return new LicenseHistory(Catalog.shared()).follow(h, reader, n -> { });
        }
    }

    @Test
    void noticeOnlyFilesAreTheirLicenseAndTheFullTextIsATextEdit() throws Exception {
        try (TestRepo repo = TestRepo.init(tmp.resolve("r.git"))) {
            TestRepo.Branch main = repo.branch("main");
            main.write("LICENSE", APACHE_NOTICE).commit("notice", at("2020-01-01"), A);
            ObjectId full = main.write("LICENSE", LicenseTexts.spdx("Apache-2.0")).commit("full text", at("2020-02-01"), A);
            main.write("LICENSE", GPL2_ONLY_NOTICE).commit("gpl2 notice", at("2020-03-01"), A);
            ObjectId gplFull = main.write("LICENSE", LicenseTexts.spdx("GPL-2.0-only")).commit("gpl2 text", at("2020-04-01"), A);
            main.write("LICENSE", GPL2_LATER_NOTICE).commit("gpl2+ notice", at("2020-05-01"), A);
            main.write("LICENSE", GPL3_NOTICE).commit("gpl3 notice", at("2020-06-01"), A);
            main.write("LICENSE", MIT_SHORT).commit("mit short", at("2020-07-01"), A);
            LicenseHistory.Result r = follow(repo, main);

            assertEquals(List.of("Apache-2.0", "Apache-2.0", "GPL-2.0-only", "GPL-2.0-only", "GPL-2.0-or-later",
                    "GPL-3.0-or-later", "MIT"), r.states().stream().map(LicenseState::expression).toList());
            LicenseChangeRecord toFull = r.changes().get(1);
            assertEquals(full, toFull.entered());
            assertEquals(false, toFull.identityChanged(), "notice → full text of the same license is a text edit");
            assertEquals(false, r.changes().get(3).identityChanged());
            assertEquals(gplFull, r.changes().get(3).entered());
            assertTrue(r.at(0).confidence() >= 0.95, "a standard notice matches as closely as a text: " + r.at(0).confidence());
            assertEquals(LicenseIdentifier.NAMED, r.at(6).confidence(), 1e-9);
        }
    }

    @Test
    void theFullGplTextAfterAnOrLaterNoticeKeepsTheScopeAndIsATextEdit() throws Exception {
        try (TestRepo repo = TestRepo.init(tmp.resolve("g.git"))) {
            TestRepo.Branch main = repo.branch("main");
            main.write("COPYING", GPL3_NOTICE).commit("notice", at("2020-01-01"), A);
            main.write("COPYING", LicenseTexts.spdx("GPL-3.0-or-later")).commit("full text", at("2020-02-01"), A);
            main.write("COPYING", GPL3_NOTICE.replace("2020", "2021")).commit("notice again", at("2020-03-01"), A);
            main.write("COPYING", LicenseTexts.spdx("GPL-2.0-only")).commit("gpl 2", at("2020-04-01"), A);
            LicenseHistory.Result r = follow(repo, main);

            assertEquals(List.of("GPL-3.0-or-later", "GPL-3.0-or-later", "GPL-3.0-or-later", "GPL-2.0-only"),
                    r.states().stream().map(LicenseState::expression).toList());
            assertEquals(List.of(true, false, false, true),
                    r.changes().stream().map(LicenseChangeRecord::identityChanged).toList());
            assertTrue(r.at(1).files().get(0).note().contains(LicenseScope.OPEN));
        }
    }

    @Test
    void aReuseOnlyProjectIsLicensedAndAReadmeCountsByItsLicenseSection() throws Exception {
        try (TestRepo repo = TestRepo.init(tmp.resolve("r.git"))) {
            TestRepo.Branch main = repo.branch("main");
            main.write("README.md", "# Tool\n\nDoes things.\n\n## License\n\nThis project is licensed under the MIT License.\n")
                    .commit("readme", at("2020-01-01"), A);
            main.write("README.md", "# Tool\n\nDoes many things.\n\n## License\n\nThis project is licensed under the MIT License.\n")
                    .commit("readme edit", at("2020-02-01"), A);
            main.write("LICENSES/MIT.txt", LicenseTexts.spdx("MIT")).write("LICENSES/CC0-1.0.txt", LicenseTexts.spdx("CC0-1.0"))
                    .commit("reuse", at("2020-03-01"), A);
            main.write("LICENSE", LicenseTexts.spdx("Apache-2.0")).write("PATENTS", PatentGrantsTest.FACEBOOK)
                    .commit("root license and patents", at("2020-04-01"), A);
            LicenseHistory.Result r = follow(repo, main);

            assertEquals(List.of("MIT", "MIT", "CC0-1.0 AND MIT", "Apache-2.0 AND CC0-1.0 AND MIT"),
                    r.states().stream().map(LicenseState::expression).toList());
            assertEquals(3, r.changes().size(), "an edit outside the README's license section is no license change");
            LicenseState.File readme = r.at(0).files().get(0);
            assertEquals("README.md", readme.path());
            assertEquals(7, readme.line());
            assertEquals(ReadmeLicense.NAMED, r.at(0).confidence(), 1e-9);
            LicenseState.File patents = r.at(3).files().stream().filter(LicenseState.File::isPatentGrant).findFirst().orElseThrow();
            assertEquals("LicenseRef-scancode-facebook-patent-rights-2", patents.expression());
            assertTrue(patents.note().contains("terminates"), patents.note());
        }
    }

    @Test
    void twoReuseTextsOfTheSameContentUnderTwoNamesAreTwoLicenses() throws Exception {
        String custom = "Anyone may use this software for any purpose, provided this notice is kept.\n";
        try (TestRepo repo = TestRepo.init(tmp.resolve("r.git"))) {
            TestRepo.Branch main = repo.branch("main");
            main.write("LICENSES/LicenseRef-one.txt", custom).write("LICENSES/LicenseRef-two.txt", custom)
                    .commit("reuse", at("2020-03-01"), A);
            LicenseHistory.Result r = follow(repo, main);

            assertEquals("LicenseRef-one AND LicenseRef-two", r.at(0).expression(),
                    "each REUSE text is named by its file, though their bytes are one blob");
        }
    }
}
