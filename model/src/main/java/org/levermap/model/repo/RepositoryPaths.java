package org.levermap.model.repo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The rule for what levermap reads and copies from a data repository: regular files and folders
 * inside it. A symbolic link is followed only when it resolves inside the repository; anything else
 * is refused by a message that names the link and never shows what it leads to.
 */
public final class RepositoryPaths {

    private RepositoryPaths() {
    }

    /** The repository folder with every symbolic link resolved (as given when it cannot be resolved). */
    public static Path realRoot(Path root) {
        try {
            return root.toRealPath();
        } catch (IOException e) {
            return root.toAbsolutePath().normalize();
        }
    }

    /**
     * Why {@code path} may not be read, or null when it may. A path that is not a symbolic link is
     * only checked for its type: its folder is expected to have been checked already.
     *
     * @param realRoot the repository folder, from {@link #realRoot}
     * @param path a file or folder inside the repository
     * @param folder whether a folder is expected there (else a regular file)
     */
    public static String refusal(Path realRoot, Path path, boolean folder) {
        BasicFileAttributes status;
        try {
            status = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            status = null; // missing: as the checks below find it
        }
        if (!folder && status != null && status.isRegularFile()) {
            return null; // the usual case, in one status call (a build asks it of every snapshot file)
        }
        if (status != null && status.isSymbolicLink()) {
            Path real;
            try {
                real = path.toRealPath();
            } catch (IOException e) {
                return "is a symbolic link that leads nowhere";
            }
            if (!real.startsWith(realRoot)) {
                return "is a symbolic link that leads outside the data repository; levermap reads only files"
                        + " inside it, so the link was not followed";
            }
        } else if (folder) {
            // A folder reached through a linked parent folder is checked as a whole.
            try {
                if (!path.toRealPath().startsWith(realRoot)) {
                    return "leads outside the data repository through a symbolic link; levermap reads only files"
                            + " inside it";
                }
            } catch (IOException e) {
                return null; // a missing folder is not a link problem
            }
        }
        if (folder ? !Files.isDirectory(path) : Files.exists(path) && !Files.isRegularFile(path)) {
            return folder ? "is not a folder" : "is not a regular file";
        }
        return null;
    }
}
