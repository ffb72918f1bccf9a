package org.levermap.collect.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A soft fork that syncs the way Git for Windows does: an upstream with a release on the 1st of
 * every second month of 2022 and 2023, a fork that split after the 2022-01 release with two own
 * patches, and on every upstream release from 2022-05 a merging-rebase — a merge whose first parent
 * is the release and whose second parent is the fork's previous tip — with the two patches applied
 * again on top.
 */
class MergingRebaseTest {

    private final GitFixture git = new GitFixture();
    private final List<ObjectId> releases = new ArrayList<>();
    private final List<ObjectId> rebases = new ArrayList<>();
    private ObjectId forkTip;
    private ObjectId upstreamTip;

    @BeforeEach
    void buildHistories() {
        ObjectId up = null;
        ObjectId fork = null;
        for (LocalDate d = LocalDate.of(2022, 1, 1); d.isBefore(LocalDate.of(2024, 1, 1)); d = d.plusMonths(2)) {
            up = up == null ? git.commit("u " + d, d, Map.of("LICENSE", "MIT"))
                    : git.commit("u " + d, d, Map.of("LICENSE", "MIT", "v", d.toString()), up);
            up = git.commit("Release " + d, d.plusDays(1), Map.of("LICENSE", "MIT", "v", d.toString()), up);
            releases.add(up);
            if (fork == null) {
                fork = up;
            } else if (!d.isBefore(LocalDate.of(2022, 5, 1))) {
                fork = git.commit("Start the merging-rebase to " + d, d.plusDays(3), Map.of("LICENSE", "MIT"), up, fork);
                rebases.add(fork);
            }
            fork = git.commit("patch 1 " + d, d.plusDays(4), Map.of("LICENSE", "MIT", "p", "1"), fork);
            fork = git.commit("patch 2 " + d, d.plusDays(5), Map.of("LICENSE", "MIT", "p", "2"), fork);
        }
        forkTip = fork;
        upstreamTip = up;
    }

    @Test
    void everyMergingRebaseIsASyncAndTheForkPointStaysWhereTheForkLeft() throws Exception {
        ForkFigures f = ForkAnalyzer.analyze(git.repo, forkTip, upstreamTip, List.of(LocalDate.of(2023, 12, 31))).get(0);
        assertEquals(releases.get(0), f.forkPoint(), "the historical fork point, not the newest release");
        assertEquals(LocalDate.of(2022, 1, 2), f.forkPointDate());
        assertEquals(releases.get(releases.size() - 1), f.syncPoint(), "git merge-base gives the newest release merged");
        assertEquals(rebases.size(), f.syncs().size());
        assertEquals(10, f.syncs().size());
        ForkSync newest = f.syncs().get(f.syncs().size() - 1);
        assertEquals(rebases.get(rebases.size() - 1), newest.commit());
        assertEquals(rebases.get(rebases.size() - 1), f.lastSyncCommit());
        assertEquals(LocalDate.of(2023, 11, 4), f.lastSync());
        assertEquals(releases.get(releases.size() - 1), newest.upstreamCommit(), "the release the rebase started from");
        assertEquals(2, newest.upstreamCommits(), "a commit and its release commit since the previous sync");
        assertEquals(4, f.syncs().get(0).upstreamCommits(), "the first sync brought two releases");
        assertEquals(0, f.behind());
        long inLastYear = f.syncs().stream()
                .filter(s -> s.time() >= LocalDate.of(2023, 1, 1).atStartOfDay(java.time.ZoneOffset.UTC).toEpochSecond())
                .count();
        assertEquals(6, inLastYear);
    }

    @Test
    void asOfADateBetweenTwoRebasesTheForkHeadIsTheForksOwnCommit() throws Exception {
        ForkFigures f = ForkAnalyzer.analyze(git.repo, forkTip, upstreamTip, List.of(LocalDate.of(2023, 3, 2))).get(0);
        assertEquals(releases.get(0), f.forkPoint());
        assertEquals(LocalDate.of(2023, 1, 4), f.lastSync(), "the 2023-03 release is out, its rebase not yet");
        assertEquals(5, f.syncs().size());
        assertEquals(2, f.behind(), "the 2023-03 commit and release");
    }

    @Test
    void theForksHistoryReadAlreadyGivesTheSameFigures() throws Exception {
        List<LocalDate> dates = List.of(LocalDate.of(2022, 6, 30), LocalDate.of(2023, 3, 2), LocalDate.of(2023, 12, 31));
        org.levermap.collect.git.History history;
        try (org.eclipse.jgit.lib.ObjectReader reader = git.repo.newObjectReader()) {
            history = org.levermap.collect.git.HistoryWalker.walk(reader, forkTip, Long.MAX_VALUE, n -> { });
        }
        ForkAnalysis fromHistory = ForkAnalyzer.analysis(history, git.repo, upstreamTip, dates);
        assertEquals(ForkAnalyzer.analyze(git.repo, forkTip, upstreamTip, dates), fromHistory.figures());
        org.junit.jupiter.api.Assertions.assertTrue(fromHistory.upstream().test(releases.get(3)));
        org.junit.jupiter.api.Assertions.assertFalse(fromHistory.upstream().test(forkTip));
    }

    @Test
    void discoveryTakesTheRebasingForkForTheFork() throws Exception {
        List<ForkCandidate> found = ForkDiscovery.discover(
                List.of(new RepositoryRef("a-fork", git.repo, forkTip), new RepositoryRef("b-upstream", git.repo, upstreamTip)),
                Map.of(), (a, b) -> git.repo);
        assertEquals(1, found.size(), found.toString());
        assertEquals("a-fork", found.get(0).fork());
        assertEquals("b-upstream", found.get(0).upstream());
        assertEquals(releases.get(0), found.get(0).forkPoint());
    }
}
