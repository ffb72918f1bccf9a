package org.levermap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four {@code collect --all --shard I/4} runs, each in its own copy of a data repository with its own cache as
 * on four machines, write together exactly the files of one unsharded {@code collect --all}, byte for byte,
 * each project in one shard only.
 */
class ShardedCollectTest {

    private static final int PROJECTS = 10;

    private static final String[] HISTORY = {"--all", "--offline", "--history", "monthly", "--since", "2023-01",
        "--as-of", "2023-06-30"};

    @TempDir
    Path tmp;

    Path template;

    @BeforeEach
    void projectsOnJGitRepositories() throws Exception {
        template = tmp.resolve("template");
        assertEquals(0, Run.of("init", template.toString()).exitCode());
        try (Stream<Path> files = Files.walk(template.resolve("projects/pytorch"))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        String apache = DemoRepository.license("Apache-2.0");
        String mit = DemoRepository.license("MIT");
        for (int i = 0; i < PROJECTS; i++) {
            String id = "project-" + i;
            try (DemoRepository repo = DemoRepository.init(tmp.resolve("repos/" + id))) {
                repo.commit("2023-01-1" + (i % 10), "init", Map.of("LICENSE", i % 3 == 0 ? mit : apache))
                        .commit("2023-0" + (2 + i % 3) + "-05", "work", Map.of("a", "1"))
                        .commit("2023-06-1" + (i % 10), "more", Map.of("b/" + i, "2", "MAINTAINERS", "Alice\n"));
            }
            Files.createDirectories(template.resolve("projects/" + id));
            Files.writeString(template.resolve("projects/" + id + "/project.yaml"),
                    "id: " + id + "\nname: " + id + "\nrepository: ../../repos/" + id + "\n");
        }
    }

    @Test
    void fourShardsWriteWhatOneUnshardedCollectWrites() throws Exception {
        Map<String, byte[]> before = files(template);
        Map<String, byte[]> unsharded = written(collectInCopy("all"), before);
        assertEquals(PROJECTS * 6, unsharded.size(), unsharded.keySet().toString());

        Map<String, byte[]> union = new TreeMap<>();
        Map<String, Integer> shardOf = new HashMap<>();
        List<Integer> sizes = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            Map<String, byte[]> shard = written(collectInCopy(i + "/4"), before);
            sizes.add(shard.size());
            for (Map.Entry<String, byte[]> f : shard.entrySet()) {
                String project = f.getKey().split("/")[1];
                Integer other = shardOf.putIfAbsent(project, i);
                assertTrue(other == null || other == i, project + " is written by shards " + other + " and " + i);
                assertEquals(i, Shard.of(project, 4), f.getKey() + " is written by a shard that does not own it");
                assertFalse(union.containsKey(f.getKey()), f.getKey());
                union.put(f.getKey(), f.getValue());
            }
        }
        assertEquals(unsharded.keySet(), union.keySet());
        for (String path : unsharded.keySet()) {
            assertTrue(Arrays.equals(unsharded.get(path), union.get(path)), path + " differs between shard and --all");
        }
        assertEquals(PROJECTS, shardOf.size());
        assertTrue(sizes.stream().filter(n -> n > 0).count() > 1, "the projects all fell in one shard: " + sizes);
    }

    @Test
    void anInterruptedShardResumesWithTheDatesItLacks() throws Exception {
        Path copy = collectInCopy("2/4");
        Map<String, byte[]> complete = files(copy);
        String lost = complete.keySet().stream().filter(p -> p.endsWith("/2023-06-30.yaml")).findFirst().orElseThrow();
        Files.delete(copy.resolve(lost));

        Run again = collect(copy, "2/4");
        assertEquals(0, again.exitCode(), again.err());
        String project = lost.split("/")[1];
        assertTrue(again.out().contains(project + ": wrote " + copy.resolve(lost)), again.out());
        assertEquals(2, again.out().lines().filter(l -> l.endsWith("every snapshot exists already (6); nothing to do"))
                .count(), again.out());
        assertEquals(complete.keySet(), files(copy).keySet());
        assertTrue(Arrays.equals(complete.get(lost), Files.readAllBytes(copy.resolve(lost))), lost);
    }

    @Test
    void aShardIsIOfNAndGoesWithAll() throws Exception {
        Path copy = copy("bad");
        Run zero = Run.of("collect", "-C", copy.toString(), "--all", "--shard", "0/4");
        assertEquals(2, zero.exitCode());
        assertTrue(zero.err().startsWith("levermap: --shard '0/4' is not a shard: I counts from 1 to N (1/4 … 4/4)"), zero.err());
        Run word = Run.of("collect", "-C", copy.toString(), "--all", "--shard", "two");
        assertEquals(2, word.exitCode());
        assertTrue(word.err().startsWith("levermap: --shard 'two' is not I/N (e.g. 2/4: the second of four shards)"), word.err());
        Run ids = Run.of("collect", "-C", copy.toString(), "project-1", "--shard", "1/4");
        assertEquals(2, ids.exitCode());
        assertTrue(ids.err().startsWith("levermap: --shard goes with --all"), ids.err());
    }

    /** A copy of the data repository, collected with its own cache: one machine. */
    private Path collectInCopy(String shard) throws IOException {
        Path copy = copy(shard.replace('/', '-'));
        Run run = collect(copy, shard);
        assertEquals(0, run.exitCode(), run.err());
        return copy;
    }

    private Run collect(Path copy, String shard) {
        List<String> args = new ArrayList<>(List.of("collect", "-C", copy.toString(), "--cache-dir",
                tmp.resolve("cache-" + copy.getFileName()).toString()));
        args.addAll(List.of(HISTORY));
        if (!shard.equals("all")) {
            args.addAll(List.of("--shard", shard));
        }
        return Run.of(args.toArray(String[]::new));
    }

    private Path copy(String name) throws IOException {
        Path copy = tmp.resolve("copies/" + name);
        for (Map.Entry<String, byte[]> f : files(template).entrySet()) {
            Files.createDirectories(copy.resolve(f.getKey()).getParent());
            Files.write(copy.resolve(f.getKey()), f.getValue());
        }
        return copy;
    }

    /** Files the collect added or changed. */
    private static Map<String, byte[]> written(Path root, Map<String, byte[]> before) throws IOException {
        Map<String, byte[]> after = files(root);
        after.entrySet().removeIf(f -> before.containsKey(f.getKey()) && Arrays.equals(before.get(f.getKey()), f.getValue()));
        return after;
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
