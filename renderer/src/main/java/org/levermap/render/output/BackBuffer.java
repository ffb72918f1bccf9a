package org.levermap.render.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The previous site, kept after a swap in the hidden folder {@code .NAME.back} beside the output folder
 * {@code NAME}, so that the next build brings it up to date in only the paths that differ instead of
 * staging every file again. Its files that the site at the output path (the front) did not change are
 * hard links to the front's (little extra disk). Its {@link BackRecord} says how it differs from the
 * front; it is used only when that record names the front exactly, and is otherwise deleted.
 *
 * <p>Before a build touches it, the back is renamed to a staging name, so that a build killed while
 * updating it leaves a folder {@link Recovery} deletes, never a back that no longer matches its record.
 *
 * @param staging the back, renamed to a staging folder
 * @param entries where it differs from the front (its record's entries), after pruning
 * @param folders the folders it holds after pruning, as {@code staging.resolve} gives them
 */
record BackBuffer(Path staging, Map<String, BackRecord.Difference> entries, Set<Path> folders) {

    /** The back buffer's name beside the output folder {@code out}. */
    static Path of(Path out) {
        return out.resolveSibling(Recovery.prefix(out) + "back");
    }

    /** The name a back buffer takes while a build updates or deletes it: one {@link Recovery} deletes. */
    static Path staging(Path out) {
        return out.resolveSibling(Recovery.prefix(out) + Recovery.STAGING + "back");
    }

    /**
     * The back buffer of {@code out} taken as the staging folder of a build that will write the files
     * {@code planned} (and the marker), when {@code reuse} allows and its record fits {@code front} (see
     * {@link #take}); else null, and any back deleted.
     */
    static BackBuffer open(Path out, SiteListing front, Collection<String> planned, boolean reuse,
            Faults faults) throws IOException {
        if (reuse && front != null) {
            Set<String> files = new HashSet<>(planned);
            files.add(StagedOutput.MARKER);
            return take(out, front, files, faults);
        }
        discard(out, faults);
        return null;
    }

    /**
     * Keeps the old site {@code old}, just swapped out for the site listed as {@code now}, as the back
     * buffer of {@code out}: its record, then its name.
     *
     * @param front the old site as the build found it at the output path
     * @param kept the files {@code now} shares with it
     * @return false when it could not be kept (only a slower next build): the caller deletes it
     */
    static boolean keep(Path out, Path old, SiteListing front, SiteListing now, Set<String> kept,
            Faults faults) {
        try {
            faults.before("write back record");
            BackRecord.of(front, now, kept).write(old);
            faults.before("keep back");
            SiteSwap.move(old, of(out));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Takes the back buffer of {@code out} into use as the staging folder of a build that will write the
     * files {@code planned}, when its record fits the front {@code front}: renames it, deletes its files
     * the build will not write and the folders they leave empty. When there is no back, or it does not fit,
     * or anything about it is not as recorded, it is deleted and null returned: the build stages fresh.
     */
    private static BackBuffer take(Path out, SiteListing front, Set<String> planned, Faults faults)
            throws IOException {
        Path back = of(out);
        if (!Files.isDirectory(back, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        faults.before("take back");
        Path staging = staging(out);
        SiteSwap.move(back, staging);
        BackRecord record = BackRecord.read(staging);
        try {
            if (record != null && record.fits(front)) {
                faults.before("delete back record");
                Files.delete(staging.resolve(BackRecord.FILE));
                return prune(staging, front, record.entries(), planned, faults);
            }
        } catch (IOException e) {
            // Not as recorded (a file gone, a folder not empty): not to be trusted, delete it below.
        }
        faults.before("delete back");
        SiteSwap.deleteTree(staging);
        return null;
    }

    /** Whether the back's file at {@code path} is the site's own (the same inode), as its record says. */
    boolean shares(String path, SiteListing front) {
        return front.files().contains(path) && !entries.containsKey(path);
    }

    /** Deletes the back's own file at {@code path}, if it has one, so that a new one can take its place. */
    void clear(String path, Path file) throws IOException {
        BackRecord.Difference d = entries.get(path);
        if (d == BackRecord.Difference.CHANGED || d == BackRecord.Difference.EXTRA) {
            Files.deleteIfExists(file);
        }
    }

    /** Deletes the back buffer of {@code out}, if any (a forced build, or one without a site to compare with). */
    static void discard(Path out, Faults faults) throws IOException {
        Path back = of(out);
        if (Files.isDirectory(back, LinkOption.NOFOLLOW_LINKS)) {
            faults.before("take back");
            Path staging = staging(out);
            SiteSwap.move(back, staging);
            faults.before("delete back");
            SiteSwap.deleteTree(staging);
        }
    }

    /**
     * Deletes what the back holds that the build will not write: its files outside {@code planned}, then
     * its folders that hold none of the planned files, deepest first, so that the result has no folder a
     * full build would not make.
     */
    private static BackBuffer prune(Path staging, SiteListing front, Map<String, BackRecord.Difference> entries,
            Set<String> wanted, Faults faults) throws IOException {
        Set<String> needed = new HashSet<>();
        for (String p : wanted) {
            ancestors(p, needed);
        }
        for (String f : front.files()) {
            if (!wanted.contains(f) && entries.get(f) != BackRecord.Difference.MISSING) {
                delete(staging, f, faults);
            }
        }
        List<String> folders = new ArrayList<>();
        for (String d : front.folders()) {
            if (entries.get(d + "/") != BackRecord.Difference.MISSING_FOLDER) {
                folders.add(d);
            }
        }
        for (Map.Entry<String, BackRecord.Difference> e : entries.entrySet()) {
            if (e.getValue() == BackRecord.Difference.EXTRA && !wanted.contains(e.getKey())) {
                delete(staging, e.getKey(), faults);
            } else if (e.getValue() == BackRecord.Difference.EXTRA_FOLDER) {
                folders.add(e.getKey().substring(0, e.getKey().length() - 1));
            }
        }
        // Deepest first: a folder is empty once the folders in it are gone.
        List<String> gone = new ArrayList<>();
        Set<Path> kept = new HashSet<>();
        kept.add(staging);
        for (String d : folders) {
            if (needed.contains(d)) {
                kept.add(staging.resolve(d));
            } else {
                gone.add(d);
            }
        }
        gone.sort(Comparator.comparingInt(BackBuffer::depth).reversed());
        for (String d : gone) {
            faults.before("prune folder " + d);
            Files.delete(staging.resolve(d));
        }
        entries.keySet().removeIf(p -> !wanted.contains(p));
        return new BackBuffer(staging, entries, kept);
    }

    /**
     * Whether the staging folder listed as {@code now} holds exactly the files {@code made} and the
     * folders above them (nothing a back held beyond its record, and no folder left empty), and each file
     * {@code kept} is the very file the site {@code front} has (the same file key, size and time).
     */
    static boolean exact(SiteListing now, Set<String> made, Set<String> kept, SiteListing front) {
        if (!now.plain() || !now.files().equals(made)) {
            return false;
        }
        for (String f : kept) {
            if (!now.stamps().get(f).equals(front.stamps().get(f))) {
                return false;
            }
        }
        Set<String> folders = new HashSet<>();
        for (String f : made) {
            ancestors(f, folders);
        }
        return now.folders().equals(folders);
    }

    /**
     * A back that was not as its record said, found after the build wrote into it: the files this build
     * wrote are linked into a fresh staging folder, those it kept from the site itself, and the back is
     * deleted. Rare, and as costly as staging fresh was.
     *
     * @return the fresh staging folder
     */
    static Path restage(Path out, Path staging, Set<String> made, Set<String> kept) throws IOException {
        Path fresh = org.levermap.model.repo.TempFiles.createDirectory(out.getParent(),
                Recovery.prefix(out) + Recovery.STAGING);
        for (String f : made) {
            Path from = kept.contains(f) ? out.resolve(f) : staging.resolve(f);
            Path to = fresh.resolve(f);
            Files.createDirectories(to.getParent());
            Files.createLink(to, from);
        }
        SiteSwap.deleteTree(staging);
        return fresh;
    }

    private static void delete(Path staging, String file, Faults faults) throws IOException {
        faults.before("prune " + file);
        Files.delete(staging.resolve(file));
    }

    /** Adds every folder above {@code path} (not the top one) to {@code into}. */
    private static void ancestors(String path, Set<String> into) {
        for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
            if (!into.add(path.substring(0, slash))) {
                return; // its own ancestors are there already
            }
        }
    }

    private static int depth(String path) {
        int n = 0;
        for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
            n++;
        }
        return n;
    }
}
