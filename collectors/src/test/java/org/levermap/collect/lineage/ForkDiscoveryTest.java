package org.levermap.collect.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;

/** Several projects in one object store: two unrelated ones, an upstream, a declared fork and an undeclared one. */
class ForkDiscoveryTest {

    private final GitFixture git = new GitFixture();

    private ObjectId line(String name, LocalDate start, int days, ObjectId parent) {
        ObjectId tip = parent;
        for (int d = 0; d < days; d++) {
            Map<String, String> files = Map.of("README.md", "# " + name + " " + d);
            tip = tip == null ? git.commit(name + d, start.plusDays(d), files) : git.commit(name + d, start.plusDays(d), files, tip);
        }
        return tip;
    }

    @Test
    void findsTheUndeclaredForkAmongUnrelatedRepositories() throws Exception {
        LocalDate start = LocalDate.of(2023, 1, 1);
        ObjectId upstreamBase = line("up", start, 10, null);
        ObjectId root = firstRoot(upstreamBase);
        ObjectId upstreamTip = line("up-after", start.plusDays(10), 5, upstreamBase);
        ObjectId declaredFork = line("declared", start.plusDays(12), 3, upstreamBase);
        ObjectId undeclaredFork = line("undeclared", start.plusDays(20), 4, upstreamBase);
        ObjectId unrelated = line("other", start, 6, null);
        ObjectId mirror = upstreamBase; // a copy that never diverged

        List<RepositoryRef> repos = List.of(
                new RepositoryRef("declared-fork", git.repo, declaredFork),
                new RepositoryRef("mirror", git.repo, mirror),
                new RepositoryRef("other", git.repo, unrelated),
                new RepositoryRef("undeclared-fork", git.repo, undeclaredFork),
                new RepositoryRef("upstream", git.repo, upstreamTip));
        List<ForkCandidate> found = ForkDiscovery.discover(repos,
                Map.of("declared-fork", "upstream", "mirror", "upstream"), (a, b) -> git.repo);

        assertEquals(1, found.size(), found.toString());
        ForkCandidate c = found.get(0);
        assertEquals("undeclared-fork", c.fork());
        assertEquals("upstream", c.upstream());
        assertEquals(root, c.sharedRoot());
        assertEquals(upstreamBase, c.forkPoint());
        assertEquals(LocalDate.of(2023, 1, 10), c.forkPointDate());
        assertEquals("upstream's first-parent line went on first after the split (2023-01-11 against 2023-01-21)", c.why());
    }

    @Test
    void aHistoryContainedInAnotherIsTheFork() throws Exception {
        ObjectId base = line("up", LocalDate.of(2023, 1, 1), 5, null);
        ObjectId tip = line("more", LocalDate.of(2023, 1, 6), 2, base);
        List<ForkCandidate> found = ForkDiscovery.discover(
                List.of(new RepositoryRef("copy", git.repo, base), new RepositoryRef("main", git.repo, tip)), Map.of(),
                (a, b) -> git.repo);
        assertEquals("copy", found.get(0).fork());
        assertEquals("copy's history is wholly contained in main's", found.get(0).why());
    }

    /** A soft fork that has just merged upstream's tip wholly contains upstream, and is still the fork. */
    @Test
    void aForkThatJustSyncedIsStillTheFork() throws Exception {
        ObjectId base = line("up", LocalDate.of(2023, 1, 1), 5, null);
        ObjectId upstreamTip = line("up-after", LocalDate.of(2023, 1, 6), 3, base);
        ObjectId own = line("own", LocalDate.of(2023, 1, 7), 3, base);
        ObjectId synced = git.commit("merge upstream", LocalDate.of(2023, 1, 12), Map.of("f", "x"), own, upstreamTip);
        List<ForkCandidate> found = ForkDiscovery.discover(
                List.of(new RepositoryRef("a-upstream", git.repo, upstreamTip), new RepositoryRef("b-fork", git.repo, synced)),
                Map.of(), (a, b) -> git.repo);
        assertEquals("b-fork", found.get(0).fork());
        assertEquals(base, found.get(0).forkPoint());
        assertEquals("b-fork's own line left a-upstream's history on 2023-01-05 and has taken in a-upstream's history"
                + " up to 2023-01-08 since", found.get(0).why());
    }

    private ObjectId firstRoot(ObjectId tip) throws Exception {
        try (var walk = new org.eclipse.jgit.revwalk.RevWalk(git.repo)) {
            walk.markStart(walk.parseCommit(tip));
            ObjectId last = null;
            for (var c : walk) {
                last = c.copy();
            }
            return last;
        }
    }
}
