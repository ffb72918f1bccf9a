package org.levermap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Times collecting a fork with its upstream, before and after the single walk, side by side in one
 * run: {@code levermap collect FORK} run as a command with the previous release's jar and with this
 * build's, on the same repositories.
 *
 * <pre>bench/run ForkPairBenchmark --before JAR [GIT_DIR FORK_BRANCH UPSTREAM_BRANCH] [--runs R]</pre>
 *
 * The previous release's jar is built apart from this checkout, so that neither build disturbs the
 * other (no {@code mvn install}):
 * <pre>git archive bc25f58 | tar -x -C /tmp/before &amp;&amp; (cd /tmp/before &amp;&amp; mvn -q -o -Dmaven.test.skip=true -pl cli -am package)</pre>
 * and passed as {@code --before /tmp/before/cli/target/levermap.jar}. Without GIT_DIR the synthetic
 * history of {@link CollectBenchmark} (40000 commits) is the upstream, and a fork of it is added as
 * branch {@code fork}: it leaves upstream 2000 first-parent commits before the tip and syncs every
 * 200 upstream commits by a merging-rebase (upstream first parent, the fork's previous tip second)
 * with 20 patches on top. Figures: seconds, the median of R runs (default 3) after one warm-up.
 */
public final class ForkPairBenchmark {

    private ForkPairBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        String before = option(rest, "--before", null);
        int runs = Integer.parseInt(option(rest, "--runs", "3"));
        if (before == null || !Files.isRegularFile(Path.of(before))) {
            throw new IllegalArgumentException("--before JAR: the previous release's levermap.jar (see the class comment)");
        }
        Path here = Path.of(System.getProperty("user.dir"));
        Path after = here.resolve("cli/target/levermap.jar");
        Path repo;
        String forkBranch;
        String upstreamBranch;
        if (rest.isEmpty()) {
            repo = SyntheticHistory.create(here.resolve("bench/target/synthetic-40000.git"), 40_000);
            addFork(repo);
            forkBranch = "fork";
            upstreamBranch = "main";
        } else {
            repo = Path.of(rest.get(0)).toAbsolutePath();
            forkBranch = rest.get(1);
            upstreamBranch = rest.get(2);
        }
        LocalDate date = tipDate(repo, forkBranch);
        Path data = Files.createTempDirectory("levermap-forkpair-");
        try {
            write(data, "up", repo, upstreamBranch, null);
            write(data, "fork", repo, forkBranch, "up");
            Files.writeString(data.resolve("levermap.yaml"), "title: bench\n");
            System.out.printf("fork pair: %s, fork %s, upstream %s, as of %s%n", repo, forkBranch, upstreamBranch, date);
            double old = median(runs, command(Path.of(before), data, date, here.resolve("bench/target/cache-before")));
            double now = median(runs, command(after, data, date, here.resolve("bench/target/cache-after")));
            System.out.println();
            System.out.printf("levermap collect fork, before the single walk (%s): %6.2f s%n", before, old);
            System.out.printf("levermap collect fork, after the single walk  (this build):  %6.2f s%n", now);
            System.out.printf("  ratio after / before:                                       %6.2f%n", now / old);
        } finally {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void write(Path data, String id, Path repo, String branch, String upstream) throws IOException {
        Files.createDirectories(data.resolve("projects/" + id));
        Files.writeString(data.resolve("projects/" + id + "/project.yaml"), "id: " + id + "\nname: " + id
                + "\nrepository: " + repo + "\nbranch: " + branch + "\n" + (upstream == null ? "" : "upstream: " + upstream + "\n"));
    }

    private static List<String> command(Path jar, Path data, LocalDate date, Path cache) {
        return List.of("java", "-jar", jar.toString(), "collect", "-C", data.toString(), "fork", "--as-of", date.toString(),
                "--force", "--offline", "--cache-dir", cache.toString());
    }

    /** Median seconds of {@code runs} runs of a command, after one warm-up run. */
    private static double median(int runs, List<String> command) throws Exception {
        double[] s = new double[runs + 1];
        for (int i = 0; i <= runs; i++) {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (p.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + new String(out));
            }
            s[i] = (System.nanoTime() - start) / 1e9;
        }
        double[] timed = Arrays.copyOfRange(s, 1, s.length);
        Arrays.sort(timed);
        return timed[runs / 2];
    }

    /** Adds branch {@code fork} (see the class comment), once. */
    private static void addFork(Path dir) throws IOException {
        try (Repository repo = new FileRepositoryBuilder().setGitDir(dir.toFile()).setMustExist(true).build()) {
            if (repo.resolve("refs/heads/fork") != null) {
                return;
            }
            List<RevCommit> line = new ArrayList<>();
            try (RevWalk walk = new RevWalk(repo)) {
                for (RevCommit c = walk.parseCommit(repo.resolve("refs/heads/main")); ; c = walk.parseCommit(c.getParent(0))) {
                    line.add(c);
                    if (c.getParentCount() == 0) {
                        break;
                    }
                }
            }
            java.util.Collections.reverse(line);
            int start = line.size() - 2000;
            ObjectId tip = line.get(start);
            try (ObjectInserter inserter = repo.newObjectInserter()) {
                for (int i = start; i < line.size(); i += 200) {
                    RevCommit release = line.get(i);
                    if (i > start) {
                        tip = commit(inserter, release, "Start the merging-rebase to " + release.name(), release, tip);
                    }
                    for (int k = 0; k < 20; k++) {
                        tip = commit(inserter, release, "patch " + k, tip);
                    }
                }
                inserter.flush();
            }
            RefUpdate u = repo.updateRef("refs/heads/fork");
            u.setNewObjectId(tip);
            u.forceUpdate();
        }
    }

    private static ObjectId commit(ObjectInserter inserter, RevCommit base, String message, ObjectId... parents)
            throws IOException {
        PersonIdent who = new PersonIdent("Fork Dev", "dev@fork.example",
                base.getCommitterIdent().getWhenAsInstant().plusSeconds(60 + message.hashCode() % 50 + 50), ZoneOffset.UTC);
        CommitBuilder c = new CommitBuilder();
        c.setTreeId(base.getTree());
        c.setParentIds(parents);
        c.setAuthor(who);
        c.setCommitter(who);
        c.setMessage(message);
        return inserter.insert(c);
    }

    private static LocalDate tipDate(Path dir, String branch) throws IOException {
        try (Repository r = new FileRepositoryBuilder().setGitDir(dir.toFile()).setMustExist(true).build();
                RevWalk w = new RevWalk(r)) {
            return LocalDate.ofInstant(Instant.ofEpochSecond(w.parseCommit(r.resolve(branch)).getCommitTime()), ZoneOffset.UTC);
        }
    }

    private static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        if (i < 0) {
            return fallback;
        }
        String value = args.get(i + 1);
        args.remove(i + 1);
        args.remove(i);
        return value;
    }
}
