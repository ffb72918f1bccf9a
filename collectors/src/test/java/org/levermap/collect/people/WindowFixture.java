package org.levermap.collect.people;

import static org.levermap.collect.testing.TestRepo.at;

import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.jgit.lib.ObjectReader;
import org.levermap.collect.git.History;
import org.levermap.collect.git.HistoryWalker;
import org.levermap.collect.testing.TestRepo;

/** A small history with authors, bots, merges through GitHub and signed commits, for the window tests. */
final class WindowFixture {

    static final TestRepo.Person A = new TestRepo.Person("A", "a@acme.com");
    static final TestRepo.Person B = new TestRepo.Person("B", "b@gmail.com");
    static final TestRepo.Person C = new TestRepo.Person("C", "c@globex.com");
    static final TestRepo.Person BOT = new TestRepo.Person("dependabot[bot]", "1+dependabot[bot]@users.noreply.github.com");

    private WindowFixture() {
    }

    /** The history; the window of 2024-06-30 runs from 2023-07-02. */
    static History build(Path dir) throws IOException {
        try (TestRepo repo = TestRepo.init(dir)) {
            TestRepo.Branch main = repo.branch("main");
            main.write("old", "1").commit("too old", at("2023-07-01"), C);
            for (int i = 0; i < 3; i++) {
                main.write("a" + i, "1").signedCommit("a" + i + "\n\nSigned-off-by: A <a@acme.com>", at("2023-08-0" + (i + 1)), A);
            }
            TestRepo.Branch feature = main.fork("feature");
            feature.write("b", "1").commit("b", at("2023-09-01"), B);
            feature.write("c", "1").commit("c", at("2023-09-02"), C);
            main.merge(feature, "Merge pull request #1", at("2023-09-03"), A, TestRepo.WEB_FLOW);
            main.write("d", "1").commit("bump", at("2023-09-04"), BOT);
            main.merge(main.fork("x").write("e", "1"), "Merge branch x", at("2024-07-15"), B, B);
            try (ObjectReader reader = repo.repository().newObjectReader()) {
                return HistoryWalker.walk(reader, main.tip(), n -> { });
            }
        }
    }
}
