package org.levermap.collect.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.levermap.collect.testing.TestRepo.at;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.collect.testing.TestRepo;

class FirstParentTreesTest {

    @TempDir
    Path tmp;

    @Test
    void theTreesOfTheFirstParentLineOldestFirstEvenWhenASideBranchIsNewer() throws Exception {
        TestRepo.Person a = new TestRepo.Person("A", "a@x.org");
        try (TestRepo repo = TestRepo.init(tmp.resolve("r.git"))) {
            TestRepo.Branch main = repo.branch("main");
            ObjectId c1 = main.write("a", "1").commit("c1", at("2024-01-01"), a);
            TestRepo.Branch side = main.fork("side");
            side.write("s", "1").commit("newer side commit", at("2024-03-01"), a);
            ObjectId merge = main.merge(side, "merge", at("2024-02-01"), a, a);
            ObjectId tag = repo.tag("v1", merge, a, at("2024-02-02"), false);
            try (ObjectReader reader = repo.repository().newObjectReader(); RevWalk walk = new RevWalk(reader)) {
                List<ObjectId> line = List.of(walk.parseCommit(c1).getTree().getId(), walk.parseCommit(merge).getTree().getId());
                assertEquals(line, FirstParentTrees.read(reader, merge));
                assertEquals(line, FirstParentTrees.read(reader, tag), "an annotated tag is peeled to its commit");
            }
        }
    }
}
