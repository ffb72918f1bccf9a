package org.levermap.model.repo;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.levermap.model.Actor;
import org.levermap.model.Alliance;
import org.levermap.model.Project;
import org.levermap.model.SiteConfig;
import org.levermap.model.Snapshot;

/**
 * A whole data repository, loaded and validated: every file read, every reference resolved.
 *
 * @param root the folder holding {@code levermap.yaml}
 * @param config {@code levermap.yaml}
 * @param projects by id, in id order
 * @param snapshots by project id, each list oldest first; every project has an entry
 * @param actors by id, in id order
 * @param alliances by id, in id order
 */
public record DataRepository(
        Path root,
        SiteConfig config,
        SortedMap<String, Project> projects,
        SortedMap<String, List<Snapshot>> snapshots,
        SortedMap<String, Actor> actors,
        SortedMap<String, Alliance> alliances) {

    public DataRepository {
        projects = unmodifiable(projects);
        snapshots = unmodifiable(snapshots);
        actors = unmodifiable(actors);
        alliances = unmodifiable(alliances);
    }

    /**
     * Loads and validates the data repository at {@code root}.
     *
     * @throws DataException with every problem of every file, sorted by file, line and column
     */
    public static DataRepository load(Path root) throws DataException {
        return new RepositoryLoader(root).load();
    }

    /**
     * As {@link #load(Path)}, reusing the records of files parsed by an earlier load from the data
     * repository's {@code .cache/levermap/records/} (and storing the ones parsed now): the result and
     * every problem reported are the same as without the cache.
     */
    public static DataRepository loadCached(Path root) throws DataException {
        return new RepositoryLoader(root, true).load();
    }

    /**
     * As {@link #loadCached(Path)}, putting into {@code digests} a digest of each file it read (its
     * path from the root, e.g. {@code projects/x/project.yaml}, to the SHA-256 of its type and bytes),
     * so that a build can tell which pages' inputs changed.
     */
    public static DataRepository loadCached(Path root, Map<String, String> digests) throws DataException {
        return new RepositoryLoader(root, true, digests).load();
    }

    /** The snapshots of one project, oldest first; empty for an unknown id. */
    public List<Snapshot> snapshotsOf(String projectId) {
        return snapshots.getOrDefault(projectId, List.of());
    }

    private static <V> SortedMap<String, V> unmodifiable(Map<String, V> map) {
        return java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(map));
    }
}
