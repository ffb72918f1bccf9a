package org.levermap.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.levermap.model.repo.RepositoryLayout;
import picocli.CommandLine.Option;

/**
 * The one spelling of the data repository in every command, {@code -C DIR} (a picocli mixin), found as
 * git finds its repository: the folder given (default: the current one) or the nearest folder above it
 * that holds levermap.yaml.
 */
class DataRepositoryOption {

    @Option(names = {"-C", "--data-dir"}, paramLabel = "DIR",
            description = "The data repository (the folder holding levermap.yaml), or a folder inside it."
                    + " Default: the current folder or the nearest one above it holding levermap.yaml.")
    Path given;

    /** The spellings of earlier releases (collect/lineage --repo-root, diff --dir), kept working. */
    @Option(names = {"--repo-root", "--dir"}, paramLabel = "DIR", hidden = true)
    Path oldSpelling;

    /** The data repository of this run; {@code positional} is the DIR parameter of earlier releases, or null. */
    Path root(Path positional) {
        Path start = given != null ? given : oldSpelling != null ? oldSpelling : positional != null ? positional
                : Path.of(".");
        return find(start);
    }

    /** The data repository of this run. */
    Path root() {
        return root(null);
    }

    /**
     * {@code start} when it holds levermap.yaml or when no folder above it does; otherwise the nearest folder
     * above it that does, written relative to {@code start} when that was relative ("..", "../..").
     */
    static Path find(Path start) {
        if (Files.isRegularFile(start.resolve(RepositoryLayout.CONFIG))) {
            return start;
        }
        Path up = start;
        for (Path dir = start.toAbsolutePath().normalize().getParent(); dir != null; dir = dir.getParent()) {
            up = up.resolve("..");
            if (Files.isRegularFile(dir.resolve(RepositoryLayout.CONFIG))) {
                Path relative = up.normalize();
                return start.isAbsolute() ? dir : relative.toString().isEmpty() ? Path.of(".") : relative;
            }
        }
        return start;
    }
}
