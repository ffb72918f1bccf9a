package org.levermap.collect.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.collect.git.TreeFiles;
import org.levermap.collect.testing.TestRepo;

class ClaDetectorTest {

    @TempDir
    Path tmp;

    private List<ClaDetector.Sign> signs(TestRepo.Branch branch, TestRepo repo) throws Exception {
        ObjectId c = branch.commit("x", TestRepo.at("2024-01-01"), new TestRepo.Person("a", "a@b.c"));
        try (ObjectReader reader = repo.repository().newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            TreeFiles files = new TreeFiles(reader);
            ObjectId tree = walk.parseCommit(c).getTree();
            return ClaDetector.find(files, tree, GovernanceFiles.find(files, tree));
        }
    }

    @Test
    void claFilesBotsAndAContributingGuideThatAsksForOne() throws Exception {
        try (TestRepo repo = TestRepo.init(tmp.resolve("r.git"))) {
            TestRepo.Branch main = repo.branch("main").write("CLA.md", "Individual CLA").write(".clabot", "{}")
                    .write(".github/workflows/cla.yml", "on: pull_request\njobs:\n  cla:\n    steps:\n"
                            + "      - uses: contributor-assistant/github-action@v2.3.0\n")
                    .write("CONTRIBUTING.md", "# Contributing\n\nThanks!\n\nYou need to sign the Contributor License Agreement.\n");
            assertEquals(List.of(new ClaDetector.Sign("CLA.md", null), new ClaDetector.Sign(".clabot", null),
                    new ClaDetector.Sign(".github/workflows/cla.yml", 5), new ClaDetector.Sign("CONTRIBUTING.md", 5)),
                    signs(main, repo));
        }
    }

    @Test
    void sayingThereIsNoClaIsNoSign() throws Exception {
        try (TestRepo repo = TestRepo.init(tmp.resolve("r.git"))) {
            TestRepo.Branch main = repo.branch("main")
                    .write("CONTRIBUTING.md", "We do not require a Contributor License Agreement; sign off your commits (DCO).\n");
            assertEquals(List.of(), signs(main, repo));
        }
    }
}
