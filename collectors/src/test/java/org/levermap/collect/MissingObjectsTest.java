package org.levermap.collect;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.levermap.collect.testing.TestRepo.at;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.collect.testing.Catalog;
import org.levermap.collect.testing.LicenseTexts;
import org.levermap.collect.testing.TestRepo;

/** A repository missing objects is an error, never a fact such as a NOASSERTION license. */
class MissingObjectsTest {

    static final TestRepo.Person ALICE = new TestRepo.Person("Alice Doe", "alice@example.org");

    @TempDir
    Path tmp;

    private CollectResult collect(Path repo) throws CollectException {
        return new GitCollector(tmp.resolve("cache"), true, Progress.NONE, Catalog.shared())
                .collect(new CollectRequest("p", repo.toString(), null, List.of(LocalDate.parse("2024-01-31")),
                        List.of(), "levermap test", tmp));
    }

    /** Makes the repository; returns the LICENSE blob's id; {@code partial} marks it as a blob-less clone. */
    private ObjectId repository(Path dir, boolean partial) throws Exception {
        try (TestRepo repo = TestRepo.init(dir); RevWalk walk = new RevWalk(repo.repository())) {
            ObjectId head = repo.branch("main").write("LICENSE", LicenseTexts.spdx("MIT")).write("README", "hi\n")
                    .commit("init", at("2024-01-01"), ALICE);
            if (partial) {
                StoredConfig config = repo.repository().getConfig();
                config.setString("remote", "origin", "url", "https://example.org/r.git");
                config.setBoolean("remote", "origin", "promisor", true);
                config.setString("remote", "origin", "partialclonefilter", "blob:none");
                config.setString("extensions", null, "partialclone", "origin");
                config.save();
            }
            try (TreeWalk tw = TreeWalk.forPath(repo.repository(), "LICENSE", walk.parseCommit(head).getTree())) {
                return tw.getObjectId(0);
            }
        }
    }

    @Test
    void aMissingLicenseBlobIsAnError() throws Exception {
        Path dir = tmp.resolve("r.git");
        ObjectId blob = repository(dir, false);
        Files.delete(dir.resolve("objects").resolve(blob.name().substring(0, 2)).resolve(blob.name().substring(2)));
        CollectException e = assertThrows(CollectException.class, () -> collect(dir));
        assertTrue(e.getMessage().contains("missing") && e.getMessage().contains(blob.name()), e.getMessage());
        try (java.util.stream.Stream<Path> index = Files.list(tmp.resolve("cache/history"))) {
            assertTrue(index.anyMatch(f -> f.toString().endsWith(".bin")),
                    "the history walked is kept for the next collect, though the license could not be read");
        }
    }

    @Test
    void aPartialCloneIsRefusedClearly() throws Exception {
        Path dir = tmp.resolve("r.git");
        repository(dir, true);
        CollectException e = assertThrows(CollectException.class, () -> collect(dir));
        assertTrue(e.getMessage().contains("partial clone"), e.getMessage());
    }
}
