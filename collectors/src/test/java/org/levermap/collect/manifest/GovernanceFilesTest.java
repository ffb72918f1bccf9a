package org.levermap.collect.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.collect.git.TreeFiles;
import org.levermap.collect.testing.TestRepo;
import org.levermap.model.DocumentKind;

class GovernanceFilesTest {

    @TempDir
    Path tmp;

    @Test
    void foundWhereGitHubLooksInItsOrderWithoutRegardToCase() throws Exception {
        try (TestRepo repo = TestRepo.init(tmp.resolve("r.git"))) {
            ObjectId c = repo.branch("main")
                    .write("CONTRIBUTING.md", "root").write(".github/contributing.md", "github wins")
                    .write("docs/Code-Of-Conduct.rst", "be nice").write("GOVERNANCE", "g").write("SECURITY.txt", "s")
                    .write("SUPPORT.adoc", "s").write("CODEOWNERS", "* @a").write("MAINTAINERS", "m").write("OWNERS", "o")
                    .write(".github/FUNDING.yml", "github: a").write("CITATION.cff", "c").write("CLA.md", "cla")
                    .write("docs/corporate-cla.txt", "corporate").write("src/CONTRIBUTING.md", "not looked at")
                    .commit("x", TestRepo.at("2024-01-01"), new TestRepo.Person("a", "a@b.c"));
            try (ObjectReader reader = repo.repository().newObjectReader(); RevWalk walk = new RevWalk(reader)) {
                List<GovernanceFiles.Found> found = GovernanceFiles.find(new TreeFiles(reader), walk.parseCommit(c).getTree());
                assertEquals(List.of("GOVERNANCE GOVERNANCE", "CONTRIBUTING .github/contributing.md",
                        "CODE_OF_CONDUCT docs/Code-Of-Conduct.rst", "SECURITY SECURITY.txt", "SUPPORT SUPPORT.adoc",
                        "CODEOWNERS CODEOWNERS", "MAINTAINERS MAINTAINERS", "OWNERS OWNERS", "FUNDING .github/FUNDING.yml",
                        "CITATION CITATION.cff", "CLA CLA.md", "CLA docs/corporate-cla.txt"),
                        found.stream().map(f -> f.kind() + " " + f.file().path()).toList());
            }
        }
    }

    @Test
    void aFileNameAloneNamesItsKind() {
        assertEquals(DocumentKind.CODE_OF_CONDUCT, GovernanceFiles.kindOf("Code-Of-Conduct.md"));
        assertEquals(DocumentKind.FUNDING, GovernanceFiles.kindOf("FUNDING.yml"));
        assertEquals(DocumentKind.CLA, GovernanceFiles.kindOf("individual-cla.md"));
        assertNull(GovernanceFiles.kindOf("README.md"));
    }
}
