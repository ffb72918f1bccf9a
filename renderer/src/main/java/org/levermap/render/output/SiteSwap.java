package org.levermap.render.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Swapping a staged site in at the output path and deleting an old one; and the moves and deletions of
 * whole folders that {@link StagedOutput} and {@link BackBuffer} make.
 *
 * @param out the output folder
 * @param staging the staging folder holding the new site
 * @param swap the system's exchange, if any
 * @param faults the test hook called before each step
 */
record SiteSwap(Path out, Path staging, FolderSwap swap, Faults faults) {

    /** Swaps the staging folder in; returns where the old site now is, or null when there was none. */
    Path swapIn() throws IOException {
        if (!Files.exists(out)) {
            faults.before("rename staging");
            move(staging, out);
            return null;
        }
        faults.before("exchange");
        if (swap.exchange(staging, out)) {
            return staging;
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
        return old;
    }

    /** Deletes the old site at {@code old}, its marker first. */
    void deleteOld(Path old) throws IOException {
        faults.before("delete old");
        // The marker goes first: a half-deleted old site is never taken for a complete one by Recovery.
        Files.deleteIfExists(old.resolve(StagedOutput.MARKER));
        faults.before("delete old files");
        deleteTree(old);
    }

    /** Renames a folder, atomically where the file system can. */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder and everything in it; a link in it is deleted, not followed. */
    static void deleteTree(Path dir) throws IOException {
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
