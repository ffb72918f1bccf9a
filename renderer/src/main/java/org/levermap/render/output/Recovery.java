package org.levermap.render.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Repairs what a build killed mid-way left beside its output folder {@code NAME}: a staging folder
 * {@code .NAME.staging-*} (killed while rendering) and an old site {@code .NAME.old-*} (killed while
 * swapping). When the output folder is missing and an old site holding the {@code .levermap} marker is
 * there, the kill fell between the swap's two renames: the old site is renamed back. Everything else
 * with those names is deleted. Two builds into the same output folder at the same time are not
 * supported: the second would delete the first one's staging folder.
 */
final class Recovery {

    static final String STAGING = "staging-";
    static final String OLD = "old-";

    private Recovery() {
    }

    /** The name prefix of the hidden folders that belong to the output folder {@code out}. */
    static String prefix(Path out) {
        return "." + out.getFileName() + ".";
    }

    /** Repairs the leftovers of killed builds into {@code out}; returns what it did, one sentence each. */
    static List<String> repair(Path out) throws IOException {
        Path parent = out.getParent();
        List<String> done = new ArrayList<>();
        if (parent == null || !Files.isDirectory(parent)) {
            return done;
        }
        String prefix = prefix(out);
        List<Path> leftovers;
        try (Stream<Path> list = Files.list(parent)) {
            leftovers = list.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix + STAGING) || n.startsWith(prefix + OLD);
            }).sorted().toList();
        }
        List<Path> delete = new ArrayList<>(leftovers);
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            for (Path p : leftovers) {
                if (p.getFileName().toString().startsWith(prefix + OLD)
                        && Files.isRegularFile(p.resolve(StagedOutput.MARKER), LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(p, out);
                    delete.remove(p);
                    done.add("restored " + out.getFileName() + " from " + p.getFileName()
                            + ", left by a build stopped while swapping");
                    break;
                }
            }
        }
        for (Path p : delete) {
            StagedOutput.deleteTree(p);
        }
        if (!delete.isEmpty()) {
            done.add("deleted " + delete.size() + " folder" + (delete.size() == 1 ? "" : "s")
                    + " left by a stopped build: "
                    + String.join(", ", delete.stream().map(p -> p.getFileName().toString()).toList()));
        }
        return done;
    }
}
