package org.levermap.render.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.levermap.model.repo.TempFiles;

/**
 * The output of one build. Files are written into a staging folder beside the output folder; a file
 * whose bytes equal the previous build's is hard-linked from it instead of written, so it keeps its
 * inode and modification time (servers, rsync and browsers see it unchanged). {@link #commit()} swaps
 * the staging folder in by renaming; {@link #abort()} deletes it and leaves the previous site as it was.
 * {@link #write} may be called from many threads.
 *
 * <p>A build killed at any moment leaves the previous or the new site complete at the output path: on
 * Linux the swap is one system call that exchanges the staging and output folders ({@link FolderSwap});
 * elsewhere it is two renames (output → {@code .NAME.old-*}, staging → output). {@link #open} first
 * repairs what a killed run left (see {@link Recovery}): an output missing between the two renames is
 * restored from its {@code .old-*} folder, and leftover {@code .staging-*} and {@code .old-*} folders
 * (after an exchange, the staging folder holds the old site) are deleted.
 *
 * <p>Double-buffered (opened with the site's {@link SiteListing} and the planned files), the old site is
 * kept after the swap as the back buffer, and the next build takes it as its staging folder, changing
 * only the paths where it differs from the new site (see {@link BackBuffer}).
 */
public final class StagedOutput {

    /** The file that marks a folder as levermap's output, so that a build never replaces anything else. */
    public static final String MARKER = ".levermap";
    static final String MARKER_TEXT = "This folder is built by levermap; every build replaces it.\n";

    private final Path out;
    private Path staging;
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final LongAdder written = new LongAdder();
    private final LongAdder unchanged = new LongAdder();

    private final Faults faults;
    private final FolderSwap swap;
    private final List<String> recovered;
    /** The site at the output path as the build found it; null when not known, and then no back is kept. */
    private final SiteListing front;
    /** The back buffer taken as the staging folder, or null when staging fresh. */
    private final BackBuffer back;
    /** The files of this build that are the front's own inode (linked or left in place): the next back shares them. */
    private final Set<String> kept;
    /** Every file of this build, written or carried. */
    private final Set<String> made;
    /** Whether a file had to be copied (a file system without hard links): then no back is kept. */
    private final AtomicBoolean copied = new AtomicBoolean();

    private StagedOutput(Path out, Path staging, Faults faults, FolderSwap swap, List<String> recovered,
            SiteListing front, BackBuffer back) {
        this.out = out;
        this.staging = staging;
        this.faults = faults;
        this.swap = swap;
        this.recovered = recovered;
        this.front = front;
        this.back = back;
        // Sized for the site as it was: growing a set that many threads write copies it under contention.
        int size = front == null ? 16 : Math.max(16, front.files().size() * 2);
        this.kept = ConcurrentHashMap.newKeySet(size);
        this.made = ConcurrentHashMap.newKeySet(size);
        if (back != null) {
            folders.addAll(back.folders());
        }
    }

    /**
     * Prepares a build into {@code out}, staged fresh, and the old site deleted after the swap.
     *
     * @throws OutputException if {@code out} is a file, or a folder with content levermap did not build
     */
    public static StagedOutput open(Path out) throws OutputException, IOException {
        return open(out, Faults.NONE, FolderSwap.system());
    }

    /**
     * Prepares a double-buffered build into {@code out} that writes the files {@code planned} (the marker
     * aside): the back buffer is taken as the staging folder when its record names {@code front} exactly
     * and {@code reuse} allows, else it is deleted and the build staged fresh; after the swap the old site
     * is kept as the next build's back.
     *
     * @param front the listing of {@code out} as this build found it ({@link SiteListing#of}), null when
     *     there is none
     * @param reuse false to stage fresh whatever the back (a forced build)
     * @throws OutputException if {@code out} is a file, or a folder with content levermap did not build
     */
    public static StagedOutput open(Path out, SiteListing front, Collection<String> planned, boolean reuse)
            throws OutputException, IOException {
        return open(out, Faults.NONE, FolderSwap.system(), front, planned, reuse);
    }

    /**
     * Repairs what a killed build into {@code out} left beside it (see {@link Recovery}); {@link #open}
     * does it too, but a build that finds its output up to date stops before opening one.
     *
     * @return what was repaired, one sentence each
     */
    public static List<String> repair(Path out) throws IOException {
        return Recovery.repair(out.toAbsolutePath().normalize());
    }

    static StagedOutput open(Path out, Faults faults, FolderSwap swap) throws OutputException, IOException {
        return open(out, faults, swap, null, null, false);
    }

    static StagedOutput open(Path out, Faults faults, FolderSwap swap, SiteListing front, Collection<String> planned,
            boolean reuse) throws OutputException, IOException {
        Path target = out.toAbsolutePath().normalize();
        List<String> recovered = Recovery.repair(target);
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new OutputException(out + " exists and is not a folder");
        }
        if (Files.isDirectory(target) && !isEmpty(target) && !Files.isRegularFile(target.resolve(MARKER))) {
            throw new OutputException(out + " is not empty and was not built by levermap: choose another output"
                    + " folder (-o), or empty it first; levermap replaces its output folder on every build");
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        BackBuffer back = planned == null ? null : BackBuffer.open(target, front, planned, reuse, faults);
        if (back != null) {
            return new StagedOutput(target, back.staging(), faults, swap, recovered, front, back);
        }
        faults.before("create staging");
        Path staging = TempFiles.createDirectory(parent, Recovery.prefix(target) + Recovery.STAGING);
        return new StagedOutput(target, staging, faults, swap, recovered, planned == null ? null : front, null);
    }

    /** Writes one file of the site, or links the previous build's copy when the bytes are the same. */
    public void write(String path, byte[] bytes) throws IOException {
        Path file = prepare(path);
        made.add(path);
        if (back != null && back.shares(path, front)) {
            // The back's file is the site's own inode: kept when the bytes are the same, else made anew.
            if (SiteFiles.sameBytes(file, bytes)) {
                kept.add(path);
                unchanged.increment();
                return;
            }
            Files.deleteIfExists(file);
            create(file, bytes);
            return;
        }
        if (back != null) {
            back.clear(path, file);
        }
        Path previous = out.resolve(path);
        if ((front == null || front.files().contains(path)) && SiteFiles.sameBytes(previous, bytes)) {
            keep(previous, file, path);
            return;
        }
        create(file, bytes);
    }

    private void create(Path file, byte[] bytes) throws IOException {
        SiteFiles.create(file, bytes);
        written.increment();
    }

    /**
     * Carries one file over from the previous build unread (its inputs did not change), linked as
     * {@link #write} links an unchanged file; in a back buffer that holds it already, with no system call.
     *
     * @return whether the previous build has the file; if not, the caller must produce it
     */
    public boolean carry(String path) throws IOException {
        if (back != null && back.shares(path, front)) {
            made.add(path);
            kept.add(path);
            unchanged.increment();
            return true;
        }
        Path previous = out.resolve(path);
        if (front != null && !front.files().contains(path)
                || !Files.isRegularFile(previous, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Path file = prepare(path);
        made.add(path);
        if (back != null) {
            back.clear(path, file);
        }
        keep(previous, file, path);
        return true;
    }

    /** The bytes of a file written or carried into this build so far. */
    public byte[] read(String path) throws IOException {
        return Files.readAllBytes(staging.resolve(path));
    }

    private Path prepare(String path) throws IOException {
        faults.before("write " + path);
        Path file = staging.resolve(path);
        Path folder = file.getParent();
        // Pages render in parallel: a folder is marked known only once it exists, so that no thread
        // writes into a folder another thread has claimed but not yet created.
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
        return file;
    }

    private void keep(Path previous, Path file, String path) throws IOException {
        try {
            SiteFiles.link(file, previous);
            kept.add(path);
        } catch (IOException | UnsupportedOperationException e) {
            // A file system without hard links: copy, keeping the previous modification time.
            Files.copy(previous, file, StandardCopyOption.COPY_ATTRIBUTES);
            copied.set(true);
        }
        unchanged.increment();
    }

    /** Whether this build took the back buffer as its staging folder (for tests). */
    boolean reusedBack() {
        return back != null;
    }

    /** What this build repaired of a killed build's leftovers, one sentence each (usually none). */
    public List<String> recovered() {
        return recovered;
    }

    /** Files written with new bytes so far. */
    public int written() {
        return written.intValue();
    }

    /** Files kept from the previous build so far. */
    public int unchanged() {
        return unchanged.intValue();
    }

    /**
     * Swaps the new site in, in one exchange where the system has one, else by renaming the output folder
     * away and the staging folder to it; then keeps the old site as the back buffer (double-buffered) or
     * deletes it.
     *
     * @return the listing of the new site at the output path (its fingerprint is what {@link BuildState}
     *     records)
     */
    public SiteListing commit() throws IOException {
        write(MARKER, MARKER_TEXT.getBytes(StandardCharsets.UTF_8));
        // The walk BuildState's fingerprint needs, made before the swap (the same paths, sizes and times):
        // it also proves that a back brought up to date holds exactly this build's files and their folders.
        SiteListing now = SiteListing.of(staging);
        if (back != null && !BackBuffer.exact(now, made, kept, front)) {
            faults.before("restage");
            staging = BackBuffer.restage(out, staging, made, kept);
            now = SiteListing.of(staging);
        }
        Path old = new SiteSwap(out, staging, swap, faults).swapIn();
        if (old == null) {
            return now;
        }
        if (front != null && front.plain() && !copied.get() && BackBuffer.keep(out, old, front, now, kept, faults)) {
            return now;
        }
        new SiteSwap(out, staging, swap, faults).deleteOld(old);
        return now;
    }

    /** Deletes the staging folder; the output folder is left as it was. */
    public void abort() {
        try {
            SiteSwap.deleteTree(staging);
        } catch (IOException e) {
            // Only a leftover hidden folder; the previous site is intact either way.
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Deletes an output folder and the back buffer kept beside it (a bench's cold start, say). */
    public static void deleteSite(Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        SiteSwap.deleteTree(BackBuffer.of(target));
        SiteSwap.deleteTree(target);
    }

    /** Deletes a folder and everything in it (links are deleted, never followed). */
    public static void deleteTree(Path dir) throws IOException {
        SiteSwap.deleteTree(dir);
    }
}
