package org.levermap.render.output;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Exchanges two folders in one step, where the operating system can: then the output folder exists at
 * every instant of a swap, and a build killed at any moment leaves the old or the new site at its path.
 */
interface FolderSwap {

    /** For systems without an exchange: {@link StagedOutput} then swaps with two renames. */
    FolderSwap NONE = (a, b) -> false;

    /**
     * Exchanges {@code a} and {@code b}, both existing folders on one file system.
     *
     * @return false, with nothing changed, when this system has no such exchange
     * @throws IOException when the system has one and it failed
     */
    boolean exchange(Path a, Path b) throws IOException;

    /** The exchange this system offers: Linux's {@code renameat2}, else {@link #NONE}. */
    static FolderSwap system() {
        return RenameExchange.available() ? new RenameExchange() : NONE;
    }
}
