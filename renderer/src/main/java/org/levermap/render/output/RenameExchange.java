package org.levermap.render.output;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Linux's {@code renameat2(RENAME_EXCHANGE)} (kernel 3.15, glibc 2.28), called through JNA: Java's file
 * API renames onto an empty folder at most, so without it a swap of two full folders is two renames with
 * a moment between them when the output folder does not exist.
 */
final class RenameExchange implements FolderSwap {

    private static final int AT_FDCWD = -100;
    private static final int RENAME_EXCHANGE = 2;
    private static final int EINVAL = 22;
    private static final int ENOSYS = 38;
    private static final int EOPNOTSUPP = 95;

    /** The C library's one function levermap needs. */
    interface LibC extends Library {
        int renameat2(int oldDir, String oldPath, int newDir, String newPath, int flags) throws LastErrorException;
    }

    /** Loaded once, on first use: holder idiom, so a system without it pays nothing until a swap. */
    private static final class Holder {
        static final LibC LIBC = load();

        private static LibC load() {
            if (!Platform.isLinux()) {
                return null;
            }
            try {
                return Native.load("c", LibC.class);
            } catch (LinkageError e) {
                // No JNA stub for this processor, or no C library by that name: swap by renaming.
                return null;
            }
        }
    }

    static boolean available() {
        return Holder.LIBC != null;
    }

    @Override
    public boolean exchange(Path a, Path b) throws IOException {
        try {
            Holder.LIBC.renameat2(AT_FDCWD, a.toAbsolutePath().toString(), AT_FDCWD, b.toAbsolutePath().toString(),
                    RENAME_EXCHANGE);
            return true;
        } catch (UnsatisfiedLinkError e) {
            return false; // a C library older than glibc 2.28 has no renameat2
        } catch (LastErrorException e) {
            int errno = e.getErrorCode();
            if (errno == ENOSYS || errno == EINVAL || errno == EOPNOTSUPP) {
                return false; // an old kernel, or a file system without exchange (some network file systems)
            }
            throw new IOException("cannot swap " + b + " for the new site: " + e.getMessage(), e);
        }
    }
}
