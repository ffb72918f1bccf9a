package org.levermap.collect.lineage;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * Compares a fork with its upstream at many dates in one pass over their shared history: every
 * commit is loaded once and each figure is accumulated per date, so 60 monthly snapshots cost about
 * what one does.
 *
 * <p>The fork point is taken on the fork's own line (the newest commit of that line that upstream
 * contains), so that later merges of upstream into the fork — syncs — do not move it; the newest
 * upstream commit the fork contains is the sync point, which is what {@code git merge-base} gives.
 * The own line is the first-parent line except at a merging-rebase, whose first parent is the
 * upstream release: there it follows the fork's previous tip (see {@link CommitGraph#ownLine}). Every
 * merge on the own line after the fork point that brought upstream commits is a sync, whichever
 * parent brought them.
 */
public final class ForkAnalyzer {

    private ForkAnalyzer() {
    }

    /**
     * Figures for each date.
     *
     * @param repo a repository that holds the objects of both histories (see {@link ForkWorkspace})
     * @param forkTip the fork's default-branch tip
     * @param upstreamTip the upstream's default-branch tip
     * @param dates ascending dates
     * @return one entry per date, null where either repository had no commit yet
     */
    public static List<ForkFigures> analyze(Repository repo, ObjectId forkTip, ObjectId upstreamTip, List<LocalDate> dates)
            throws IOException {
        return analysis(repo, forkTip, upstreamTip, dates).figures();
    }

    /**
     * The figures for each date, and which commits are upstream's (reached from its tip), so that a
     * fork's contributors can be counted apart from upstream's.
     */
    public static ForkAnalysis analysis(Repository repo, ObjectId forkTip, ObjectId upstreamTip, List<LocalDate> dates)
            throws IOException {
        checkAscending(dates);
        ForkAnalysis a = analysis(CommitGraph.load(repo, List.of(forkTip, upstreamTip)), forkTip, upstreamTip, dates);
        return new ForkAnalysis(a.figures(), a.upstream(), null);
    }

    /**
     * The same from the fork's history read already: only the upstream commits the fork lacks are
     * read, so the pair costs one walk of the fork's history.
     *
     * @param fork the fork's history, walked from its tip
     * @param repo a repository that holds the objects of both histories (see {@link ForkWorkspace})
     */
    public static ForkAnalysis analysis(org.levermap.collect.git.History fork, Repository repo, ObjectId upstreamTip,
            List<LocalDate> dates) throws IOException {
        checkAscending(dates);
        // The graph numbers the fork's commits as its history does, and the own line holds only those.
        return analysis(CommitGraph.extend(fork, repo, upstreamTip), fork.id(fork.onLine(fork.tipPosition())),
                upstreamTip, dates);
    }

    private static void checkAscending(List<LocalDate> dates) {
        for (int i = 1; i < dates.size(); i++) {
            if (!dates.get(i).isAfter(dates.get(i - 1))) {
                throw new IllegalArgumentException("dates must be ascending: " + dates);
            }
        }
    }

    private static ForkAnalysis analysis(CommitGraph graph, ObjectId forkTip, ObjectId upstreamTip, List<LocalDate> dates) {
        HistoryLine upstream = new HistoryLine(graph, graph.indexOf(upstreamTip));
        HistoryLine fork = HistoryLine.own(graph, graph.indexOf(forkTip), upstream);
        Brought brought = new Brought(graph, fork, upstream);
        int[] forkHeads = fork.headsAsOf(dates);
        int[] upstreamHeads = upstream.headsAsOf(dates);
        int dateCount = dates.size();

        // Difference arrays: a commit counts as "ahead" from the date the fork reaches it until the
        // date upstream does; "behind" the other way round.
        int[] ahead = new int[dateCount + 1];
        int[] behind = new int[dateCount + 1];
        int[] aheadNoMerges = new int[dateCount + 1];
        int[] behindNoMerges = new int[dateCount + 1];
        // The newest common commit becoming common at each date, for the sync point.
        int[] newestCommonAt = new int[dateCount];
        java.util.Arrays.fill(newestCommonAt, -1);
        for (int c = 0; c < graph.size(); c++) {
            brought.count(c);
            int inFork = firstDate(forkHeads, fork.introducedBy(c));
            int inUpstream = firstDate(upstreamHeads, upstream.introducedBy(c));
            boolean merge = graph.isMerge(c);
            if (inFork < inUpstream) {
                add(ahead, inFork, inUpstream);
                if (!merge) {
                    add(aheadNoMerges, inFork, inUpstream);
                }
            } else if (inUpstream < inFork) {
                add(behind, inUpstream, inFork);
                if (!merge) {
                    add(behindNoMerges, inUpstream, inFork);
                }
            }
            int common = Math.max(inFork, inUpstream);
            if (common < dateCount) {
                int best = newestCommonAt[common];
                if (best == -1 || graph.time(c) > graph.time(best)) {
                    newestCommonAt[common] = c;
                }
            }
        }

        List<ForkSync> allSyncs = brought.syncs();
        int[] syncPositions = allSyncs.stream().mapToInt(x -> fork.introducedBy(graph.indexOf(x.commit()))).toArray();
        List<ForkFigures> figures = new ArrayList<>(dateCount);
        int syncPoint = -1;
        int[] running = new int[4];
        for (int t = 0; t < dateCount; t++) {
            running[0] += ahead[t];
            running[1] += behind[t];
            running[2] += aheadNoMerges[t];
            running[3] += behindNoMerges[t];
            int candidate = newestCommonAt[t];
            if (candidate != -1 && (syncPoint == -1 || graph.time(candidate) > graph.time(syncPoint))) {
                syncPoint = candidate;
            }
            if (forkHeads[t] < 0 || upstreamHeads[t] < 0) {
                figures.add(null);
                continue;
            }
            int forkPoint = forkPoint(fork, upstream, forkHeads[t], upstreamHeads[t]);
            if (forkPoint < 0) {
                figures.add(null); // unrelated histories
                continue;
            }
            ObjectId sync = syncPoint < 0 ? null : graph.id(syncPoint);
            // A sync is upstream history that entered the fork's own line after the fork point.
            List<ForkSync> syncs = allSyncs.subList(firstAbove(syncPositions, fork.introducedBy(forkPoint)),
                    firstAbove(syncPositions, forkHeads[t]));
            ForkSync newest = syncs.isEmpty() ? null : syncs.get(syncs.size() - 1);
            figures.add(new ForkFigures(dates.get(t), graph.id(fork.commitAt(forkHeads[t])),
                    graph.id(upstream.commitAt(upstreamHeads[t])), graph.id(forkPoint), day(graph.time(forkPoint)),
                    running[0], running[1], running[2], running[3], sync, newest == null ? null : newest.commit(),
                    newest == null ? null : day(newest.time()), syncs));
        }
        return new ForkAnalysis(figures, id -> {
            Integer c = graph.find(id);
            return c != null && upstream.introducedBy(c) >= 0;
        }, fork.line());
    }

    /** Walks the fork's first-parent line back from its head to the first commit upstream contains. */
    private static int forkPoint(HistoryLine fork, HistoryLine upstream, int forkHead, int upstreamHead) {
        for (int pos = forkHead; pos >= 0; pos--) {
            int c = fork.commitAt(pos);
            if (upstream.reaches(upstreamHead, c)) {
                return c;
            }
        }
        return -1;
    }

    /** Index of the first of the ascending {@code positions} above {@code position}. */
    private static int firstAbove(int[] positions, int position) {
        int lo = 0;
        int hi = positions.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (positions[mid] > position) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The first date index whose head reaches line position {@code introduced}; heads.length if none. */
    private static int firstDate(int[] heads, int introduced) {
        if (introduced < 0) {
            return heads.length;
        }
        int lo = 0;
        int hi = heads.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (heads[mid] >= introduced) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static void add(int[] diff, int from, int to) {
        diff[from]++;
        diff[to]--;
    }

    private static LocalDate day(long epochSecond) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
    }
}
