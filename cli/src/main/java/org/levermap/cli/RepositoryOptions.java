package org.levermap.cli;

import java.nio.file.Path;
import org.levermap.collect.GitCollector;
import picocli.CommandLine.Option;

/** The options of the commands that read projects' git repositories: the data repository and levermap's cache. */
final class RepositoryOptions extends DataRepositoryOption {

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "levermap's cache: clones of remote repositories (repos/) and the license list (licenses/)."
                    + " Default: $XDG_CACHE_HOME/levermap (~/.cache/levermap).")
    Path cacheDir;

    /** The cache folder to use. */
    Path cache() {
        return cacheDir != null ? cacheDir : GitCollector.defaultCacheRoot();
    }
}
