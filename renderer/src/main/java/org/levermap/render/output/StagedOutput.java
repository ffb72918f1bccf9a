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

    private StagedOutput(Path out, Path staging) {
        this.out = out;
        this.staging = staging;
    }

    /**
     * Prepares a build into {@code out}.
     *
     * @throws OutputException if {@code out} is a file, or a folder with content levermap did not build
     */
    public static StagedOutput open(Path out) throws OutputException, IOException {
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new OutputException(out + " exists and is not a folder");
        }
        if (Files.isDirectory(target) && !isEmpty(target) && !Files.isRegularFile(target.resolve(MARKER))) {
            throw new OutputException(out + " is not empty and was not built by levermap: choose another output"
                    + " folder (-o), or empty it first; levermap replaces its output folder on every build");
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path staging = TempFiles.createDirectory(parent, "." + target.getFileName() + ".staging-");
        return new StagedOutput(target, staging);
    }

    /** Writes one file of the site, or links the previous build's copy when the bytes are the same. */
    public void write(String path, byte[] bytes) throws IOException {
        Path file = staging.resolve(path);
        Path folder = file.getParent();
        // Pages render in parallel: a folder is marked known only once it exists, so that no thread
        // writes into a folder another thread has claimed but not yet created.
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
        Path previous = out.resolve(path);
        if (sameBytes(previous, bytes)) {
            try {
                Files.createLink(file, previous);
                unchanged.increment();
                return;
            } catch (IOException | UnsupportedOperationException e) {
                // A file system without hard links: copy, keeping the previous modification time.
                Files.copy(previous, file, StandardCopyOption.COPY_ATTRIBUTES);
                unchanged.increment();
                return;
            }
        }
        Files.write(file, bytes);
        written.increment();
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

    /** Files written with new bytes so far. */
    public int written() {
        return written.intValue();
    }

    /** Files kept from the previous build so far. */
    public int unchanged() {
        return unchanged.intValue();
    }

    /** Swaps the new site in: the output folder is renamed away, the staging folder renamed to it, the old one deleted. */
    public void commit() throws IOException {
        write(MARKER, MARKER_TEXT.getBytes(StandardCharsets.UTF_8));
        if (!Files.exists(out)) {
            move(staging, out);
            return;
        }
        Path old = TempFiles.createDirectory(out.getParent(), "." + out.getFileName() + ".old-");
        Files.delete(old);
        move(out, old);
        try {
            move(staging, out);
        } catch (IOException e) {
            move(old, out);
            throw e;
        }
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
