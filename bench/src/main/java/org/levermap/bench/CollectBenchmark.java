package org.levermap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.levermap.collect.CollectRequest;
import org.levermap.collect.CollectResult;
import org.levermap.collect.GitCollector;
import org.levermap.collect.Period;
import org.levermap.collect.Progress;
import org.levermap.collect.license.LicenseCatalog;

/**
 * Times the git collector against the equivalent plain-git pipeline, each the first collect of a tip
 * and with the tip in the history index, and a 60-month backfill against one snapshot.
 *
 * <pre>bench/run CollectBenchmark [GIT_DIR [BRANCH]] [--commits N] [--runs R]</pre>
 *
 * Without GIT_DIR a repository of N commits (default 40000) is generated with JGit under
 * {@code bench/target/} (once; later runs reuse it). Figures: seconds, the median of R runs
 * (default 5) after one warm-up, and the ratios the targets are stated in.
 */
public final class CollectBenchmark {

    private CollectBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        int commits = option(rest, "--commits", 40_000);
        int runs = option(rest, "--runs", 5);
        Path here = Path.of(System.getProperty("user.dir"));
        Path repo = rest.isEmpty()
                ? SyntheticHistory.create(here.resolve("bench/target/synthetic-" + commits + ".git"), commits)
                : Path.of(rest.get(0)).toAbsolutePath();
        String branch = rest.size() > 1 ? rest.get(1) : "HEAD";
        LocalDate tipDate = tipDate(repo, branch);
        System.out.printf("repository: %s (%s), snapshot date %s%n", repo, branch, tipDate);
        System.out.printf("machine: %d cores, Java %s, %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), gitVersion());

        long start = System.nanoTime();
        LicenseCatalog catalog = LicenseCatalog.load();
        double catalogSeconds = (System.nanoTime() - start) / 1e9;
        GitCollector collector = new GitCollector(here.resolve("bench/target/cache"), false, Progress.NONE, catalog);
        String branchName = branch.equals("HEAD") ? null : branch;
        CollectRequest one = new CollectRequest("bench", repo.toString(), branchName, List.of(tipDate), List.of(), "bench", here);
        List<LocalDate> months = Period.MONTHLY.ends(tipDate.minusMonths(60).plusDays(1), tipDate);
        CollectRequest backfill = new CollectRequest("bench", repo.toString(), branchName, months, List.of(), "bench", here);

        CollectResult result = collector.collect(one);
        System.out.printf("commits read: %d, license %s%n", result.commits(), result.snapshots().get(0).license().spdx());
        Path indexFolder = here.resolve("bench/target/cache/history");
        // The first collect of a tip (the history index emptied, inside the timing: one file) and a collect
        // of a tip the index holds.
        double single = median(runs, () -> {
            deleteFiles(indexFolder);
            return collector.collect(one);
        });
        double indexed = median(runs, () -> collector.collect(one));
        double history = median(runs, () -> {
            deleteFiles(indexFolder);
            return collector.collect(backfill);
        });
        int snapshots = collector.collect(backfill).snapshots().size();

        List<String> lean = GitPipeline.lean(repo, branch);
        double leanGit = median(runs, () -> GitPipeline.time(lean));
        Path script = here.resolve("docs/recompute.sh");
        double recompute = Files.isExecutable(script)
                ? median(Math.min(runs, 3), () -> GitPipeline.time(GitPipeline.recompute(script, repo, branch, tipDate))) : -1;

        boolean synthetic = rest.isEmpty();
        CollectAgainstGit.Figures paired = CollectAgainstGit.measure(here, repo, branchName, tipDate, runs, synthetic);
        double commandNoCds = CollectAgainstGit.withoutArchive(here, repo, branchName, tipDate, Math.min(runs, 3));

        System.out.println();
        System.out.printf("license catalogue load (once per run, in the background): %6.2f s%n", catalogSeconds);
        System.out.printf("collector, one snapshot, first collect of the tip:         %6.2f s%n", single);
        System.out.printf("collector, one snapshot, the tip in the history index:     %6.2f s%n", indexed);
        System.out.printf("git, the lean equivalent pipeline (4 commands):            %6.2f s%n", leanGit);
        System.out.printf("  ratio collector / git, first collect; tip indexed:       %6.2f; %.2f  (aim: <= 1.5)%n",
                single / leanGit, indexed / leanGit);
        if (recompute > 0) {
            System.out.printf("git, docs/recompute.sh (every figure, as a checker runs it): %4.2f s%n", recompute);
            System.out.printf("  ratio collector / recompute.sh:                          %6.2f%n", single / recompute);
        }
        if (paired != null) {
            System.out.printf("levermap collect as a command (launcher, new JVM, CDS), against git in turn (%.2f s):%n",
                    paired.git());
            System.out.printf("  first collect of the tip (no history index):           %6.2f s, ratio pair by pair %5.2f"
                    + "  (aim: <= 1.5)%n", paired.cold(), paired.ratio());
            System.out.printf("  the tip in the history index:                          %6.2f s, ratio pair by pair %5.2f%n",
                    paired.indexed(), paired.indexedRatio());
            if (paired.ahead() > 0) {
                System.out.printf("  the tip one commit ahead of the indexed one:           %6.2f s, ratio pair by pair %5.2f%n",
                        paired.ahead(), paired.aheadRatio());
            }
            System.out.printf("the same without class data sharing (LEVERMAP_CDS=off), tip indexed: %6.2f s%n", commandNoCds);
            System.out.printf("  ratio command / git:                                     %6.2f%n", commandNoCds / leanGit);
        }
        System.out.printf("collector, --history monthly over 60 months (%d snapshots), first collect: %5.2f s%n", snapshots,
                history);
        System.out.printf("  ratio backfill / one snapshot:                           %6.2f  (aim: <= 2)%n", history / single);
    }

    private static void deleteFiles(Path folder) throws java.io.IOException {
        if (Files.isDirectory(folder)) {
            try (var list = Files.list(folder)) {
                for (Path f : list.toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    /** The day of the branch's last commit, the snapshot date the benchmarks collect. */
    static LocalDate tipDate(Path repo, String branch) throws java.io.IOException {
        try (Repository r = new FileRepositoryBuilder().setGitDir(repo.toFile()).setMustExist(true).build();
                RevWalk w = new RevWalk(r)) {
            ObjectId tip = r.resolve(branch);
            return LocalDate.ofInstant(Instant.ofEpochSecond(w.parseCommit(tip).getCommitTime()), ZoneOffset.UTC);
        }
    }

    interface Timed {
        Object run() throws Exception;
    }

    /** Median seconds of {@code runs} runs after one warm-up run. */
    static double median(int runs, Timed timed) throws Exception {
        timed.run();
        double[] s = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Object r = timed.run();
            s[i] = r instanceof Double d ? d : (System.nanoTime() - start) / 1e9;
        }
        return CollectAgainstGit.middle(s);
    }

    /** The value of {@code --name N} in the arguments, which are left without it; the fallback without. */
    static int option(List<String> args, String name, int fallback) {
        int i = args.indexOf(name);
        if (i < 0) {
            return fallback;
        }
        int value = Integer.parseInt(args.get(i + 1));
        args.remove(i + 1);
        args.remove(i);
        return value;
    }

    private static String gitVersion() {
        try {
            Process p = new ProcessBuilder("git", "--version").start();
            return new String(p.getInputStream().readAllBytes()).strip().toLowerCase(Locale.ROOT);
        } catch (Exception e) {
            return "git not found";
        }
    }
}
