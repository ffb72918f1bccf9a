package org.levermap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * {@code levermap collect} of one snapshot run as a command, as a user runs it (the launcher, its JVM
 * options, its class data sharing archive), against the lean git pipeline run in turn. Three ways: the
 * first collect of a tip (no history index in the cache: the honest cold figure), a collect of a tip the
 * index holds (a scheduled collect of a quiet project), and of a tip one commit ahead of the indexed one.
 * The cache's {@code history/} folder is emptied or put back between runs, outside the timings.
 */
final class CollectAgainstGit {

    /** The branch at the tip's first parent that the "one commit ahead" figure indexes first. */
    static final String BEHIND = "levermap-bench-behind";

    private CollectAgainstGit() {
    }

    /**
     * Medians of each figure, and of each ratio to the git run of its round, pair by pair; -1 for a figure
     * not measured (no first parent, or a repository this benchmark may not add a branch to).
     */
    record Figures(double cold, double git, double ratio, double indexed, double indexedRatio, double ahead,
            double aheadRatio) {
    }

    /**
     * Collect as a command and the lean git pipeline in turn (cold collect, git, indexed collect, collect one
     * commit ahead), after a warm-up of each: a machine that gets busier or quieter meanwhile moves the
     * figures of a round together, so the ratios taken round by round hold where medians alone would not.
     * Null without the jar.
     *
     * @param addBranch whether a branch {@link #BEHIND} may be added to {@code repo} for the "ahead" figure
     */
    static Figures measure(Path here, Path repo, String branch, LocalDate date, int runs, boolean addBranch)
            throws Exception {
        Path jar = here.resolve("cli/target/levermap.jar");
        if (!Files.isRegularFile(jar)) {
            return null;
        }
        boolean ahead = addBranch && branchBehind(repo, branch == null ? "HEAD" : branch);
        List<String> lean = GitPipeline.lean(repo, branch == null ? "HEAD" : branch);
        Path cache = here.resolve("bench/target/cache");
        Path history = cache.resolve("history");
        Path data = Files.createTempDirectory("levermap-bench-");
        try {
            project(here, data, "bench", repo, branch);
            project(here, data, "bench-behind", repo, BEHIND);
            ProcessBuilder command = command(here, jar, data, "bench", date, cache);
            once(command, true);
            GitPipeline.time(lean);
            Map<String, byte[]> atTip = read(history);
            Map<String, byte[]> behind = null;
            if (ahead) {
                once(command(here, jar, data, "bench-behind", date, cache), true);
                behind = read(history);
            }
            double[][] f = new double[6][runs];
            for (int i = 0; i < runs; i++) {
                put(history, Map.of());
                f[0][i] = once(command, true);
                f[1][i] = GitPipeline.time(lean);
                put(history, atTip);
                f[2][i] = once(command, true);
                f[4][i] = -1;
                if (behind != null) {
                    put(history, behind);
                    f[4][i] = once(command, true);
                }
                f[3][i] = f[2][i] / f[1][i];
                f[5][i] = f[4][i] / f[1][i];
            }
            put(history, atTip);
            double[] ratio = new double[runs];
            for (int i = 0; i < runs; i++) {
                ratio[i] = f[0][i] / f[1][i];
            }
            return new Figures(middle(f[0]), middle(f[1]), middle(ratio), middle(f[2]), middle(f[3]),
                    behind == null ? -1 : middle(f[4]), behind == null ? -1 : middle(f[5]));
        } finally {
            try (var files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * Median seconds of the same command without the launcher's class data sharing archive, the history
     * index kept; -1 without the jar.
     */
    static double withoutArchive(Path here, Path repo, String branch, LocalDate date, int runs) throws Exception {
        Path jar = here.resolve("cli/target/levermap.jar");
        if (!Files.isRegularFile(jar)) {
            return -1;
        }
        Path data = Files.createTempDirectory("levermap-bench-");
        try {
            project(here, data, "bench", repo, branch);
            ProcessBuilder command = command(here, jar, data, "bench", date, here.resolve("bench/target/cache"));
            return CollectBenchmark.median(runs, () -> once(command, false));
        } finally {
            try (var files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Points {@link #BEHIND} at the first parent of {@code branch}'s tip; false when it has none. */
    private static boolean branchBehind(Path repo, String branch) throws IOException {
        try (Repository r = new FileRepositoryBuilder().setGitDir(repo.toFile()).setMustExist(true).build();
                RevWalk w = new RevWalk(r)) {
            var tip = w.parseCommit(r.resolve(branch));
            if (tip.getParentCount() == 0) {
                return false;
            }
            ObjectId parent = tip.getParent(0).copy();
            RefUpdate u = r.updateRef("refs/heads/" + BEHIND);
            u.setNewObjectId(parent);
            u.setForceUpdate(true);
            u.update();
            return true;
        }
    }

    /** A data repository with project {@code id} collecting {@code repo}'s {@code branch}. */
    private static void project(Path here, Path data, String id, Path repo, String branch) throws IOException {
        if (!Files.isDirectory(data.resolve("projects"))) {
            java.io.PrintWriter quiet = new java.io.PrintWriter(java.io.Writer.nullWriter());
            org.levermap.cli.Main.run(quiet, quiet, "init", "--force", data.toString());
            try (var old = Files.walk(data.resolve("projects/pytorch"))) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(data.resolve("projects/" + id));
        Files.writeString(data.resolve("projects/" + id + "/project.yaml"), "id: " + id + "\nname: " + id
                + "\nrepository: " + repo + "\n" + (branch == null ? "" : "branch: " + branch + "\n"));
    }

    /** Through the launcher, as a user runs it, with the jar just built. */
    private static ProcessBuilder command(Path here, Path jar, Path data, String project, LocalDate date, Path cache) {
        ProcessBuilder command = new ProcessBuilder(here.resolve("levermap").toString(), "collect", "-C", data.toString(),
                project, "--as-of", date.toString(), "--force", "--cache-dir", cache.toString())
                .redirectErrorStream(true);
        command.environment().put("LEVERMAP_JAR", jar.toString());
        return command;
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

    private static Map<String, byte[]> read(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (Files.isDirectory(folder)) {
            try (var list = Files.list(folder)) {
                for (Path f : list.toList()) {
                    files.put(f.getFileName().toString(), Files.readAllBytes(f));
                }
            }
        }
        return files;
    }

    /** Makes {@code folder} hold exactly {@code files}. */
    private static void put(Path folder, Map<String, byte[]> files) throws IOException {
        if (Files.isDirectory(folder)) {
            try (var list = Files.list(folder)) {
                for (Path f : list.toList()) {
                    Files.delete(f);
                }
            }
        }
        Files.createDirectories(folder);
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Files.write(folder.resolve(e.getKey()), e.getValue());
        }
    }

    /** The median of {@code values}: the upper one of the two middle ones when they are even in number. */
    static double middle(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
