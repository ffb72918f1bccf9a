package org.levermap.collect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.levermap.collect.testing.TestRepo.at;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.collect.git.TreeFiles;
import org.levermap.collect.testing.TestRepo;

class LicenseTreeFilesTest {

    static final TestRepo.Person A = new TestRepo.Person("A", "a@x.org");

    @TempDir
    Path tmp;

    private List<LicenseTreeFiles.Found> found(TestRepo repo, ObjectId commit, LicenseTreeFiles tf) throws Exception {
        try (ObjectReader reader = repo.repository().newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            TreeFiles files = new TreeFiles(reader);
            List<TreeFiles.Entry> root = files.list(walk.parseCommit(commit).getTree().getId(), "");
            List<LicenseTreeFiles.Found> all = new ArrayList<>();
            for (TreeFiles.Entry e : root) {
                if (e.isFile() && tf.isRootSource(e.name())) {
                    all.add(new LicenseTreeFiles.Found(e.name(), e.id()));
                }
            }
            all.addAll(tf.inFolders(files, root));
            return tf.keep(all, files);
        }
    }

    @Test
    void reuseFoldersAreReadAndTheReadmeOnlyAloneByItsSection() throws Exception {
        try (TestRepo repo = TestRepo.init(tmp.resolve("r.git"))) {
            TestRepo.Branch main = repo.branch("main");
            ObjectId one = main.write("README.md", "# X\n\nabout\n\n## License\n\nMIT\n").write("main.c", "int x;")
                    .commit("one", at("2020-01-01"), A);
            ObjectId two = main.write("README.md", "# X\n\nabout it all\n\n## License\n\nMIT\n").commit("two", at("2020-02-01"), A);
            ObjectId three = main.write("LICENSES/MIT.txt", "mit").write("LICENSES/MIT.txt.license", "x")
                    .write(".reuse/dep5", "License: MIT\n").commit("three", at("2020-03-01"), A);
            LicenseTreeFiles tf = new LicenseTreeFiles();
            List<LicenseTreeFiles.Found> a = found(repo, one, tf);
            List<LicenseTreeFiles.Found> b = found(repo, two, tf);
            assertEquals(a, b, "an edit outside the license section keeps the key");
            assertNotEquals(a.get(0).key(), tf.content(a.get(0).key()), "the key is the section's, the content the README's");
            assertEquals(List.of(".reuse/dep5", "LICENSES/MIT.txt"),
                    found(repo, three, tf).stream().map(LicenseTreeFiles.Found::path).sorted().toList());
        }
    }
}
