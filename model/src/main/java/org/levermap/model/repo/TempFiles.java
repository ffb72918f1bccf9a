package org.levermap.model.repo;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * Temporary files and folders beside their final place, created with the user's umask.
 *
 * <p>{@link Files#createTempFile} and {@link Files#createTempDirectory} make {@code -rw-------} and
 * {@code drwx------} entries; renamed into place they stay so, and a web server running as another user
 * answers 403 for the site built from them. {@link Files#createFile} and {@link Files#createDirectory}
 * without attributes give {@code 0666} and {@code 0777} less the umask, as any other program's files.
 */
public final class TempFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TempFiles() {
    }

    /** A new empty file {@code dir/prefix<random>suffix}, with the umask's permissions. */
    public static Path createFile(Path dir, String prefix, String suffix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createFile(dir.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong()) + suffix));
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    /** A new empty folder {@code dir/prefix<random>}, with the umask's permissions. */
    public static Path createDirectory(Path dir, String prefix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createDirectory(dir.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong())));
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }
}
