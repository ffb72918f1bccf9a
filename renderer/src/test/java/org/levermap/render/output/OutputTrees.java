package org.levermap.render.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Builds of small sites through {@link StagedOutput}, and what a folder holds, for the output tests. */
final class OutputTrees {

    private OutputTrees() {
    }

    /**
     * A double-buffered build of {@code files} into {@code out}, as PlanRenderer makes one: a file whose
     * text equals {@code before}'s is carried (it must be there), the others written.
     */
    static StagedOutput build(Path out, Map<String, String> before, Map<String, String> files, boolean reuse,
            Faults faults, FolderSwap swap) throws Exception {
        StagedOutput o = StagedOutput.open(out, faults, swap, SiteListing.of(out.toAbsolutePath()), files.keySet(),
                reuse);
        for (Map.Entry<String, String> f : new TreeMap<>(files).entrySet()) {
            if (f.getValue().equals(before.get(f.getKey()))) {
                if (!o.carry(f.getKey())) {
                    throw new AssertionError(f.getKey() + " was not carried");
                }
            } else {
                o.write(f.getKey(), f.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        o.commit();
        return o;
    }

    /** A single-buffered build of {@code files} into the new folder {@code out}: what a full build gives. */
    static void fresh(Path out, Map<String, String> files) throws Exception {
        StagedOutput o = StagedOutput.open(out);
        for (Map.Entry<String, String> f : files.entrySet()) {
            o.write(f.getKey(), f.getValue().getBytes(StandardCharsets.UTF_8));
        }
        o.commit();
    }

    /** Every file (its text) and folder (as {@code "<folder>"}) under {@code dir}, by relative path. */
    static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(p -> !p.equals(dir)).toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    tree.put(rel, "<folder>");
                } else {
                    tree.put(rel, Files.readString(p));
                }
            }
        }
        return tree;
    }

    /** The names in {@code dir}, sorted. */
    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
