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
 * @param snapshots by project id in id order, each list oldest first; every project has an entry (for a
 *     repository loaded with {@link #loadStreamed}, read from the files each time a list is asked for)
 * @param actors by id, in id order
 * @param alliances by id, in id order
 */
public record DataRepository(
        Path root,
        SiteConfig config,
        SortedMap<String, Project> projects,
        Map<String, List<Snapshot>> snapshots,
        SortedMap<String, Actor> actors,
        SortedMap<String, Alliance> alliances) {

    public DataRepository {
        projects = unmodifiable(projects);
        // A streamed repository's snapshots stay in their files (StreamedSnapshots reads them when asked).
        snapshots = snapshots instanceof StreamedSnapshots ? snapshots : unmodifiable(snapshots);
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
     * As {@link #load(Path)}, but no snapshot file is read: every project has none. For a command that
     * writes snapshots and reads none ({@code collect}): the files it does read are checked as {@link
     * #load(Path)} checks them, and a data repository of many snapshots is not parsed whole for it.
     */
    public static DataRepository loadWithoutSnapshots(Path root) throws DataException {
        return RepositoryLoader.withoutSnapshots(root).load();
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

    /**
     * As {@link #loadCached(Path, Map)}, but leaving the snapshots in their files: each is read for its
     * digest only, and read in full when asked for ({@link #store()}). Problems in snapshot files are
     * found when their project is read; any other problem fails the load, with every snapshot's problems.
     */
    public static DataRepository loadStreamed(Path root, Map<String, String> digests) throws DataException {
        return loadStreamed(root, digests, null);
    }

    /**
     * As {@link #loadStreamed(Path, Map)}, keeping what it reads from the caches (projects, actors,
     * alliances, the change log's summaries; not snapshots) decoded in {@code memory}, and taking from it
     * what an earlier load of this process kept: a process that builds again and again (the preview
     * server) then reads only what changed. Null keeps nothing.
     */
    public static DataRepository loadStreamed(Path root, Map<String, String> digests, RecordMemory memory)
            throws DataException {
        return new RepositoryLoader(root, digests, memory).load();
    }

    /**
     * The snapshots of one project, oldest first; empty for an unknown id.
     *
     * @throws UnreadableSnapshots (streamed repositories only) a file has problems
     */
    public List<Snapshot> snapshotsOf(String projectId) {
        List<Snapshot> list = snapshots.get(projectId);
        return list == null ? List.of() : list;
    }

    /**
     * The newest snapshot of one project, or null.
     *
     * @throws UnreadableSnapshots (streamed repositories only) its file has problems
     */
    public Snapshot latestOf(String projectId) {
        if (snapshots instanceof StreamedSnapshots streamed) {
            try {
                return streamed.store().latest(projectId);
            } catch (DataException e) {
                throw new UnreadableSnapshots(e);
            }
        }
        List<Snapshot> list = snapshotsOf(projectId);
        return list.isEmpty() ? null : list.get(list.size() - 1);
    }

    /** Where a streamed repository's snapshots are read from; null when they were all read at load. */
    public SnapshotStore store() {
        return snapshots instanceof StreamedSnapshots streamed ? streamed.store() : null;
    }

    private static <V> SortedMap<String, V> unmodifiable(Map<String, V> map) {
        return java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(map));
    }
}
