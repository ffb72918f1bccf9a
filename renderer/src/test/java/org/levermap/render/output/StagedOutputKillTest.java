package org.levermap.render.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build stopped before each step of staging and swapping (in-process, by a fault thrown from the
 * step hook, with no clean-up run, as SIGKILL would) leaves the old or the new site complete, and the
 * next run leaves no debris.
 */
class StagedOutputKillTest {

    private static final Map<String, String> OLD = Map.of("index.html", "old", "a/b.html", "B", "gone.html", "G");
    private static final Map<String, String> NEW = Map.of("index.html", "new", "a/b.html", "B", "c/d.html", "D");

    @TempDir
    Path tmp;

    /** What a SIGKILL does to a thread: it stops there, no finally block of the build's own runs. */
    private static final class Killed extends RuntimeException {
        Killed(String step) {
            super(step);
        }
    }

    @Test
    void withTheSystemsExchangeTheOutputFolderExistsAtEveryInstant() throws Exception {
        assertTrue(RenameExchange.available() || !com.sun.jna.Platform.isLinux(), "renameat2 through JNA on Linux");
        List<String> steps = killEverywhere(FolderSwap.system(), "exchange/");
        if (RenameExchange.available()) {
            assertTrue(steps.contains("exchange") && !steps.contains("rename output"), steps.toString());
        }
    }

    @Test
    void withTwoRenamesTheOnlyGapIsRepairedByTheNextRun() throws Exception {
        List<String> steps = killEverywhere(FolderSwap.NONE, "renames/");
        assertTrue(steps.containsAll(List.of("rename output", "rename staging")), steps.toString());
    }

    private static final Map<String, String> FIRST = Map.of("index.html", "first", "a/b.html", "B", "gone.html", "G",
            "x/y/z.html", "Z");
    private static final Map<String, String> MID = Map.of("index.html", "mid", "a/b.html", "B", "c/d.html", "D",
            "x/y/z.html", "Z");
    private static final Map<String, String> LAST = Map.of("index.html", "new", "a/b.html", "B", "c/d.html", "D2",
            "e.html", "E");

    @Test
    void aBackBroughtUpToDateIsGarbageUntilTheSwap() throws Exception {
        List<String> steps = killDoubleBuffered(FolderSwap.system(), "back-exchange/", true);
        assertTrue(steps.containsAll(List.of("take back", "delete back record", "prune x/y/z.html", "prune folder x/y",
                "prune folder x", "write c/d.html", "write .levermap", "write back record", "keep back")),
                steps.toString());
        assertTrue(!steps.contains("create staging") && !steps.contains("delete old"), steps.toString());
    }

    @Test
    void aBackBroughtUpToDateWithTwoRenames() throws Exception {
        List<String> steps = killDoubleBuffered(FolderSwap.NONE, "back-renames/", true);
        assertTrue(steps.containsAll(List.of("take back", "rename output", "rename staging", "keep back")),
                steps.toString());
    }

    @Test
    void aBackDeletedByAForcedBuild() throws Exception {
        List<String> steps = killDoubleBuffered(FolderSwap.system(), "back-forced/", false);
        assertTrue(steps.containsAll(List.of("take back", "delete back", "create staging", "write back record",
                "keep back")), steps.toString());
    }

    /**
     * Builds FIRST, then MID (which keeps FIRST as the back), then kills the double-buffered build of LAST
     * before each of its steps in turn; checks that the site is MID or LAST, complete, and that the next
     * two builds give exactly what fresh builds give. Returns the steps, in order.
     */
    private List<String> killDoubleBuffered(FolderSwap swap, String folder, boolean reuse) throws Exception {
        List<String> steps = new ArrayList<>();
        for (int kill = 0; ; kill++) {
            Path dir = Files.createDirectories(tmp.resolve(folder + "run" + kill));
            Path out = dir.resolve("_site");
            OutputTrees.build(out, Map.of(), FIRST, true, Faults.NONE, swap);
            OutputTrees.build(out, FIRST, MID, true, Faults.NONE, swap);
            String[] killedAt = {null};
            Faults faults = killer(kill, killedAt);
            try {
                OutputTrees.build(out, MID, LAST, reuse, faults, swap);
            } catch (Killed e) {
                // As after SIGKILL: nothing ran after the step.
            }
            String where = "killed before step " + kill + " (" + killedAt[0] + ")";
            if (killedAt[0] != null) {
                steps.add(killedAt[0]);
                if (Files.exists(out)) {
                    Map<String, String> now = site(out);
                    assertTrue(now.equals(MID) || now.equals(LAST), where + ": a complete site at the output, not " + now);
                } else {
                    assertEquals("rename staging", killedAt[0], where + ": the output folder is missing");
                }
            }
            StagedOutput.repair(out);
            Map<String, String> before = site(out);
            assertTrue(OutputTrees.names(dir).stream().allMatch(n -> n.equals("_site") || n.equals("._site.back")),
                    where + ": only the site and its back after the repair, not " + OutputTrees.names(dir));
            for (Map<String, String> next : List.of(LAST, FIRST)) {
                OutputTrees.build(out, before, next, true, Faults.NONE, swap);
                Path fresh = dir.resolve("fresh-" + next.get("index.html"));
                OutputTrees.fresh(fresh, next);
                assertEquals(OutputTrees.tree(fresh), OutputTrees.tree(out), where + ": the next build");
                assertEquals(List.of("._site.back", "_site", fresh.getFileName().toString()),
                        OutputTrees.names(dir), where + ": the next build leaves its back, nothing else");
                StagedOutput.deleteTree(fresh);
                before = next;
            }
            if (killedAt[0] == null) {
                break;
            }
        }
        return steps;
    }

    /** Kills the build before its step number {@code at}, noting which step that was in {@code killedAt[0]}. */
    private static Faults killer(int at, String[] killedAt) {
        int[] count = {0};
        return step -> {
            if (count[0]++ == at) {
                killedAt[0] = step;
                throw new Killed(step);
            }
        };
    }

    /** Kills a build before each of its steps in turn; returns the steps, in order. */
    private List<String> killEverywhere(FolderSwap swap, String folder) throws Exception {
        List<String> steps = new ArrayList<>();
        for (int kill = 0; ; kill++) {
            Path dir = Files.createDirectories(tmp.resolve(folder + "run" + kill));
            Path out = dir.resolve("_site");
            build(out, OLD, Faults.NONE, swap);
            String[] killedAt = {null};
            Faults faults = killer(kill, killedAt);
            try {
                build(out, NEW, faults, swap);
            } catch (Killed e) {
                // As after SIGKILL: nothing ran after the step.
            }
            if (killedAt[0] == null) {
                assertEquals(NEW, site(out), "an uninterrupted build");
                assertEquals(List.of("_site"), names(dir), "an uninterrupted build leaves nothing else");
                break;
            }
            steps.add(killedAt[0]);
            String where = "killed before step " + kill + " (" + killedAt[0] + ")";
            if (Files.exists(out)) {
                Map<String, String> now = site(out);
                assertTrue(now.equals(OLD) || now.equals(NEW), where + ": a complete site at the output, not " + now);
            } else {
                // Only between two renames, never with an exchange: the old site is complete under its hidden name.
                assertTrue(swap == FolderSwap.NONE, where + ": the output folder is missing");
                assertEquals("rename staging", killedAt[0], where + ": the output folder is missing");
                List<Path> old = list(dir).stream().filter(p -> p.getFileName().toString().startsWith("._site.old-")).toList();
                assertEquals(1, old.size(), where);
                assertEquals(OLD, site(old.get(0)), where);
            }
            StagedOutput next = StagedOutput.open(out);
            Map<String, String> recovered = site(out);
            assertTrue(recovered.equals(OLD) || recovered.equals(NEW), where + ": after the next run's repair");
            next.abort();
            assertEquals(List.of("_site"), names(dir), where + ": the next run leaves no debris");
            build(out, NEW, Faults.NONE, swap);
            assertEquals(NEW, site(out), where + ": the next build");
            assertEquals(List.of("_site"), names(dir), where + ": the next build leaves no debris");
        }
        assertTrue(steps.containsAll(List.of("create staging", "write index.html", "write .levermap",
                "delete old", "delete old files")), steps.toString());
        return steps;
    }

    private static void build(Path out, Map<String, String> files, Faults faults, FolderSwap swap)
            throws Exception {
        StagedOutput o = StagedOutput.open(out, faults, swap);
        for (Map.Entry<String, String> f : new TreeMap<>(files).entrySet()) {
            o.write(f.getKey(), f.getValue().getBytes(StandardCharsets.UTF_8));
        }
        o.commit();
    }

    private static Map<String, String> site(Path dir) throws IOException {
        if (!Files.isRegularFile(dir.resolve(StagedOutput.MARKER))) {
            fail(dir + " has no marker: not a complete site");
        }
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(f).toString().replace('\\', '/');
                if (!rel.equals(StagedOutput.MARKER)) {
                    files.put(rel, Files.readString(f));
                }
            }
        }
        return files;
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static List<String> names(Path dir) throws IOException {
        return list(dir).stream().map(p -> p.getFileName().toString()).toList();
    }
}
