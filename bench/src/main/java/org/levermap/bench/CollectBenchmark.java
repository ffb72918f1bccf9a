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
 * Times the git collector against the equivalent plain-git pipeline, and a 60-month backfill against
 * one snapshot.
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
        double single = median(runs, () -> collector.collect(one));
        double history = median(runs, () -> collector.collect(backfill));
        int snapshots = collector.collect(backfill).snapshots().size();

        List<String> lean = GitPipeline.lean(repo, branch);
        double leanGit = median(runs, () -> GitPipeline.time(lean));
        Path script = here.resolve("docs/recompute.sh");
        double recompute = Files.isExecutable(script)
                ? median(Math.min(runs, 3), () -> GitPipeline.time(GitPipeline.recompute(script, repo, branch, tipDate))) : -1;

        AgainstGit paired = commandAgainstGit(here, repo, branchName, tipDate, runs);
        double command = paired == null ? -1 : paired.collect();
        double commandNoCds = commandSecondsWithoutArchive(here, repo, branchName, tipDate, Math.min(runs, 3));

        System.out.println();
        System.out.printf("license catalogue load (once per run, in the background): %6.2f s%n", catalogSeconds);
        System.out.printf("collector, one snapshot:                                   %6.2f s%n", single);
        System.out.printf("git, the lean equivalent pipeline (4 commands):            %6.2f s%n", leanGit);
        System.out.printf("  ratio collector / git:                                   %6.2f  (aim: <= 1.5)%n", single / leanGit);
        if (recompute > 0) {
            System.out.printf("git, docs/recompute.sh (every figure, as a checker runs it): %4.2f s%n", recompute);
            System.out.printf("  ratio collector / recompute.sh:                          %6.2f%n", single / recompute);
        }
        if (command > 0) {
            System.out.printf("levermap collect as a command (launcher, new JVM, CDS):  %6.2f s%n", command);
            System.out.printf("  against git in turn (%.2f s), ratio pair by pair:       %6.2f  (aim: <= 1.5)%n",
                    paired.git(), paired.ratio());
            System.out.printf("the same without class data sharing (LEVERMAP_CDS=off):    %6.2f s%n", commandNoCds);
            System.out.printf("  ratio command / git:                                     %6.2f%n", commandNoCds / leanGit);
        }
        System.out.printf("collector, --history monthly over 60 months (%d snapshots): %5.2f s%n", snapshots, history);
        System.out.printf("  ratio backfill / one snapshot:                           %6.2f  (aim: <= 2)%n", history / single);
    }

    /** The day of the branch's last commit, the snapshot date the benchmarks collect. */
    static LocalDate tipDate(Path repo, String branch) throws java.io.IOException {
        try (Repository r = new FileRepositoryBuilder().setGitDir(repo.toFile()).setMustExist(true).build();
                RevWalk w = new RevWalk(r)) {
            ObjectId tip = r.resolve(branch);
            return LocalDate.ofInstant(Instant.ofEpochSecond(w.parseCommit(tip).getCommitTime()), ZoneOffset.UTC);
        }
    }

    /**
     * Median seconds of {@code levermap collect} run as a command, as a user runs it, without the launcher's
     * class data sharing archive (with it: {@link #commandAgainstGit}); -1 without the jar.
     */
    private static double commandSecondsWithoutArchive(Path here, Path repo, String branch, LocalDate date, int runs)
            throws Exception {
        Double seconds = withCommand(here, repo, branch, date, command -> median(runs, () -> once(command, false)));
        return seconds == null ? -1 : seconds;
    }

    /** Collect as a command against the lean git pipeline: the median of each, and of their ratio pair by pair. */
    record AgainstGit(double collect, double git, double ratio) {
    }

    /**
     * Collect as a command (with the archive) and the lean git pipeline in turn, collect then git, after a
     * warm-up of each: a machine that gets busier or quieter meanwhile moves both figures of a pair, so the
     * ratio taken pair by pair holds where the two medians alone would not. Null without the jar.
     */
    static AgainstGit commandAgainstGit(Path here, Path repo, String branch, LocalDate date, int runs) throws Exception {
        List<String> lean = GitPipeline.lean(repo, branch == null ? "HEAD" : branch);
        return withCommand(here, repo, branch, date, command -> {
            once(command, true);
            GitPipeline.time(lean);
            double[] collect = new double[runs];
            double[] git = new double[runs];
            double[] ratio = new double[runs];
            for (int i = 0; i < runs; i++) {
                collect[i] = once(command, true);
                git[i] = GitPipeline.time(lean);
                ratio[i] = collect[i] / git[i];
            }
            return new AgainstGit(middle(collect), middle(git), middle(ratio));
        });
    }

    /** The median of {@code values}: the upper one of the two middle ones when they are even in number. */
    private static double middle(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    interface WithCommand<T> {
        T run(ProcessBuilder command) throws Exception;
    }

    /**
     * Runs {@code body} with the launcher's command line that collects one snapshot of {@code repo} into a
     * data repository of its own (removed after); null without the jar.
     */
    private static <T> T withCommand(Path here, Path repo, String branch, LocalDate date, WithCommand<T> body)
            throws Exception {
        Path jar = here.resolve("cli/target/levermap.jar");
        if (!Files.isRegularFile(jar)) {
            return null;
        }
        Path data = Files.createTempDirectory("levermap-bench-");
        java.io.PrintWriter quiet = new java.io.PrintWriter(java.io.Writer.nullWriter());
        org.levermap.cli.Main.run(quiet, quiet, "init", "--force", data.toString());
        Files.createDirectories(data.resolve("projects/bench"));
        Files.writeString(data.resolve("projects/bench/project.yaml"), "id: bench\nname: bench\nrepository: " + repo + "\n"
                + (branch == null ? "" : "branch: " + branch + "\n"));
        try (var old = Files.walk(data.resolve("projects/pytorch"))) {
            old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        // Through the launcher, as a user runs it (its JVM options, its class data sharing archive, made
        // by the warm-up run), with the jar just built.
        ProcessBuilder command = new ProcessBuilder(here.resolve("levermap").toString(), "collect", "-C", data.toString(),
                "bench", "--as-of", date.toString(), "--force", "--cache-dir", here.resolve("bench/target/cache").toString())
                .redirectErrorStream(true);
        command.environment().put("LEVERMAP_JAR", jar.toString());
        try {
            return body.run(command);
        } finally {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Seconds of one run of {@code command}, with or without the archive. */
    private static double once(ProcessBuilder command, boolean cds) throws Exception {
        command.environment().put("LEVERMAP_CDS", cds ? "on" : "off");
        long start = System.nanoTime();
        Process p = command.start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("levermap collect failed");
        }
        return (System.nanoTime() - start) / 1e9;
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
        return middle(s);
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
