package org.levermap.render.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Making one file of a staged site: always a new file (a new inode), never writing into one that exists,
 * since a staging folder's files may be hard links to the site's own (see {@link BackBuffer}).
 */
final class SiteFiles {

    private SiteFiles() {
    }

    /** Writes {@code bytes} into a new file {@code file}, replacing a file already there. */
    static void create(Path file, byte[] bytes) throws IOException {
        try {
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            Files.delete(file); // one a back held beyond its record (someone wrote into it): replaced
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
    }

    /** Hard-links {@code file} to {@code previous}, replacing a file already there (never writing into it). */
    static void link(Path file, Path previous) throws IOException {
        try {
            Files.createLink(file, previous);
        } catch (FileAlreadyExistsException e) {
            Files.delete(file); // as in create
            Files.createLink(file, previous);
        }
    }

    /** Whether {@code file} holds exactly {@code bytes} (false when it is missing or unreadable). */
    static boolean sameBytes(Path file, byte[] bytes) {
        // File.length is 0 for a missing file, where Files.size throws: a first build has only new files.
        if (file.toFile().length() != bytes.length) {
            return false;
        }
        try {
            return Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (IOException e) {
            return false;
        }
    }
}
