package org.levermap.collect.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.collect.CollectException;
import org.levermap.collect.testing.TestRepo;

class BranchesTest {

    @TempDir
    Path tmp;

    @Test
    void theDefaultBranchIsWhereHeadPointsAndANamedOneMustExist() throws Exception {
        TestRepo.Person a = new TestRepo.Person("A", "a@x.org");
        try (TestRepo repo = TestRepo.init(tmp.resolve("r.git"))) {
            ObjectId main = repo.branch("main").write("a", "1").commit("c", TestRepo.at("2024-01-01"), a);
            ObjectId dev = repo.branch("dev").write("b", "1").commit("d", TestRepo.at("2024-01-02"), a);
            assertEquals(new Branches.Tip("main", main), Branches.resolve(repo.repository(), null, "r"));
            assertEquals(new Branches.Tip("dev", dev), Branches.resolve(repo.repository(), "dev", "r"));
            CollectException e = assertThrows(CollectException.class, () -> Branches.resolve(repo.repository(), "trunk", "r"));
            assertEquals("r: has no branch 'trunk' (branches: dev, main)", e.getMessage());
        }
    }

    @Test
    void aHeadOnAnUnbornBranchIsNamed() throws Exception {
        TestRepo.Person a = new TestRepo.Person("A", "a@x.org");
        try (TestRepo repo = TestRepo.init(tmp.resolve("r.git"))) {
            repo.branch("trunk").write("a", "1").commit("c", TestRepo.at("2024-01-01"), a);
            CollectException e = assertThrows(CollectException.class, () -> Branches.resolve(repo.repository(), null, "r"));
            assertEquals("r: HEAD points to refs/heads/main, which has no commits; name the branch to read with 'branch:'"
                    + " in project.yaml (branches: trunk)", e.getMessage());
        }
    }
}
