package org.levermap.collect.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.collect.testing.TestRepo;

class TreeFilesTest {

    @TempDir
    Path tmp;

    @Test
    void listsFoldersAndReadsTextButNotBinaries() throws Exception {
        try (TestRepo repo = TestRepo.init(tmp.resolve("r.git"))) {
            ObjectId c = repo.branch("main").write("LICENSE", "MIT\n").write(".github/CODEOWNERS", "* @a\n")
                    .write("bin", "a\u0000b").commit("x", TestRepo.at("2024-01-01"), new TestRepo.Person("a", "a@b.c"));
            try (ObjectReader reader = repo.repository().newObjectReader(); RevWalk walk = new RevWalk(reader)) {
                TreeFiles files = new TreeFiles(reader);
                List<TreeFiles.Entry> root = files.list(walk.parseCommit(c).getTree(), "");
                assertEquals(List.of(".github", "LICENSE", "bin"), root.stream().map(TreeFiles.Entry::name).toList());
                List<TreeFiles.Entry> github = files.listFolder(root, ".GitHub");
                assertEquals(".github/CODEOWNERS", github.get(0).path());
                assertEquals("* @a\n", files.text(github.get(0).id()));
                assertNull(files.text(root.get(2).id()));
            }
        }
    }
}
