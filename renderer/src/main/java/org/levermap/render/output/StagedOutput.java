package org.levermap.render.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 */
public final class StagedOutput {

    /** The file that marks a folder as levermap's output, so that a build never replaces anything else. */
    public static final String MARKER = ".levermap";
    static final String MARKER_TEXT = "This folder is built by levermap; every build replaces it.\n";

    private final Path out;
    private final Path staging;
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final LongAdder written = new LongAdder();
    private final LongAdder unchanged = new LongAdder();

    private final Faults faults;
    private final FolderSwap swap;
    private final List<String> recovered;

    private StagedOutput(Path out, Path staging, Faults faults, FolderSwap swap, List<String> recovered) {
        this.out = out;
        this.staging = staging;
        this.faults = faults;
        this.swap = swap;
        this.recovered = recovered;
    }

    /** A hook called before each step of staging and swapping; tests use it to stop a build anywhere. */
    interface Faults {
        Faults NONE = step -> { };

        void before(String step) throws IOException;
    }

    /**
     * Prepares a build into {@code out}.
     *
     * @throws OutputException if {@code out} is a file, or a folder with content levermap did not build
     */
    public static StagedOutput open(Path out) throws OutputException, IOException {
        return open(out, Faults.NONE, FolderSwap.system());
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
        faults.before("create staging");
        Path staging = TempFiles.createDirectory(parent, Recovery.prefix(target) + Recovery.STAGING);
        return new StagedOutput(target, staging, faults, swap, recovered);
    }

    /** Writes one file of the site, or links the previous build's copy when the bytes are the same. */
    public void write(String path, byte[] bytes) throws IOException {
        Path file = prepare(path);
        Path previous = out.resolve(path);
        if (sameBytes(previous, bytes)) {
            keep(previous, file);
            return;
        }
        Files.write(file, bytes);
        written.increment();
    }

    /**
     * Carries one file over from the previous build unread (its inputs did not change), linked as
     * {@link #write} links an unchanged file.
     *
     * @return whether the previous build has the file; if not, the caller must produce it
     */
    public boolean carry(String path) throws IOException {
        Path previous = out.resolve(path);
        if (!Files.isRegularFile(previous, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        keep(previous, prepare(path));
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

    private void keep(Path previous, Path file) throws IOException {
        try {
            Files.createLink(file, previous);
        } catch (IOException | UnsupportedOperationException e) {
            // A file system without hard links: copy, keeping the previous modification time.
            Files.copy(previous, file, StandardCopyOption.COPY_ATTRIBUTES);
        }
        unchanged.increment();
    }

    private static boolean sameBytes(Path previous, byte[] bytes) {
        // File.length is 0 for a missing file, where Files.size throws: a first build has only new files.
        if (previous.toFile().length() != bytes.length) {
            return false;
        }
        try {
            return Arrays.equals(Files.readAllBytes(previous), bytes);
        } catch (IOException e) {
            return false;
        }
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
     * away and the staging folder to it; then deletes the old site.
     */
    public void commit() throws IOException {
        write(MARKER, MARKER_TEXT.getBytes(StandardCharsets.UTF_8));
        if (!Files.exists(out)) {
            faults.before("rename staging");
            move(staging, out);
            return;
        }
        faults.before("exchange");
        if (swap.exchange(staging, out)) {
            deleteOld(staging);
            return;
        }
        // Named after the staging folder, so that the old site's name is unique without a probe file.
        String prefix = Recovery.prefix(out);
        String unique = staging.getFileName().toString().substring(prefix.length() + Recovery.STAGING.length());
        Path old = out.resolveSibling(prefix + Recovery.OLD + unique);
        faults.before("rename output");
        move(out, old);
        try {
            faults.before("rename staging");
            move(staging, out);
        } catch (IOException e) {
            move(old, out);
            throw e;
        }
        deleteOld(old);
    }

    private void deleteOld(Path old) throws IOException {
        faults.before("delete old");
        // The marker goes first: a half-deleted old site is never taken for a complete one by Recovery.
        Files.deleteIfExists(old.resolve(MARKER));
        faults.before("delete old files");
        deleteTree(old);
    }

    /** Deletes the staging folder; the output folder is left as it was. */
    public void abort() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            // Only a leftover hidden folder; the previous site is intact either way.
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Deletes a folder and everything in it. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
