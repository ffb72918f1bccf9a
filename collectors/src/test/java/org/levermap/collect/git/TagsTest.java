package org.levermap.collect.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.levermap.collect.testing.TestRepo.at;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.collect.testing.TestRepo;

class TagsTest {

    @TempDir
    Path tmp;

    @Test
    void tagsAreDatedLikeCreatordateAndSignaturesAreSeen() throws Exception {
        TestRepo.Person a = new TestRepo.Person("A", "a@x.org");
        try (TestRepo repo = TestRepo.init(tmp.resolve("r.git"))) {
            ObjectId c = repo.branch("main").write("a", "1").commit("c", at("2024-01-01"), a);
            repo.tag("v1.0", c, a, at("2024-02-01"), true);
            repo.tag("v1.1", c, a, at("2024-03-01"), false);
            repo.lightweightTag("light", c);
            try (ObjectReader reader = repo.repository().newObjectReader()) {
                assertEquals(List.of(
                        new Tags.Tag("light", at("2024-01-01").getEpochSecond(), false, false),
                        new Tags.Tag("v1.0", at("2024-02-01").getEpochSecond(), true, true),
                        new Tags.Tag("v1.1", at("2024-03-01").getEpochSecond(), true, false)),
                        Tags.read(repo.repository(), reader));
            }
        }
    }
}
