package org.levermap.model.repo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.levermap.model.Id;
import org.levermap.model.Snapshot;

/**
 * Where a streamed data repository's snapshots come from: the files, read when asked for and not kept,
 * through the parsed-record cache. Loading a repository this way reads and digests every snapshot file
 * but keeps none, so a build holds one project's snapshots at a time (per thread) rather than all of them.
 * It also keeps, under keys made of the snapshots' content, what a build derives from a project's
 * snapshots ({@link #recall}, {@link #keep}): an unchanged project is then not read at all.
 */
public final class SnapshotStore {

    private final RepositoryLoader loader;
    private final RecordCache cache;
    /** What builds derive from the snapshots, under keys of what it was derived from. */
    private final RecordCache derived;
    private final Function<Id.Kind, Set<String>> known;
    /** Each project's snapshot files, oldest first, with the key of their content. */
    private final SortedMap<String, List<RepositoryLoader.Stored>> files;
    private final String shared;
    private final Map<String, String> keys = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();

    SnapshotStore(RepositoryLoader loader, RecordCache cache, RecordCache derived, Function<Id.Kind, Set<String>> known,
            SortedMap<String, List<RepositoryLoader.Stored>> files, String shared) {
        this.loader = loader;
        this.cache = cache;
        this.derived = derived;
        this.known = known;
        this.files = files;
        this.shared = shared;
    }

    /** The ids of the projects, in order. */
    public Set<String> projects() {
        return files.keySet();
    }

    /**
     * A project's snapshots, oldest first, read now (from the cache where it can); empty for an unknown id.
     *
     * @throws DataException the problems of its files, as {@code validate} reports them
     */
    public List<Snapshot> load(String project) throws DataException {
        reads.incrementAndGet();
        return read(files.getOrDefault(project, List.of()));
    }

    /** A project's newest snapshot, or null when it has none. */
    public Snapshot latest(String project) throws DataException {
        List<RepositoryLoader.Stored> list = files.getOrDefault(project, List.of());
        return list.isEmpty() ? null : read(list.subList(list.size() - 1, list.size())).get(0);
    }

    private List<Snapshot> read(List<RepositoryLoader.Stored> stored) throws DataException {
        List<Problem> problems = new ArrayList<>();
        List<Snapshot> snapshots = new ArrayList<>();
        // One project's snapshots share their equal strings (the same people month after month), and the
        // pool goes with them: a pool of the whole load would keep every string of every project read.
        Map<String, String> pool = new java.util.HashMap<>();
        for (RepositoryLoader.Stored file : stored) {
            Snapshot s = loader.read(file, known, problems, pool);
            if (s != null) {
                snapshots.add(s);
            }
        }
        if (!problems.isEmpty()) {
            throw DataException.sorted(problems);
        }
        return List.copyOf(snapshots);
    }

    /** How many times a project's snapshots were read through {@link #load} (what a cached build saves). */
    public int reads() {
        return reads.get();
    }

    /**
     * The key of a project's snapshot files: their names and content. Equal keys, equal snapshots (and
     * equal problems, given equal {@link #sharedKey()}).
     */
    public String key(String project) {
        return keys.computeIfAbsent(project, id -> {
            StringBuilder text = new StringBuilder(id);
            for (RepositoryLoader.Stored f : files.getOrDefault(id, List.of())) {
                // A file that could not be read for its key never matches: its project is read every time.
                text.append('\n').append(f.source().path()).append('\t')
                        .append(f.key() != null ? f.key() : "unread " + System.identityHashCode(this) + " " + System.nanoTime());
            }
            return Sha256.hex(text.toString());
        });
    }

    /**
     * The key of everything but the snapshots that judging a snapshot may read: levermap's model code,
     * {@code levermap.yaml}, every project, actor and alliance file.
     */
    public String sharedKey() {
        return shared;
    }

    /** The links a project's snapshots state, as an earlier build kept them for the same files; else null. */
    public ForkLinks keptForkLinks(String project) {
        return recall(forkLinksKey(project), ForkLinks.class);
    }

    /** Keeps the links of a project's snapshots, made from the files as they are now, for later builds. */
    public void keepForkLinks(String project, ForkLinks links) {
        keep(forkLinksKey(project), links);
    }

    private String forkLinksKey(String project) {
        return Sha256.hex("fork-links\t" + key(project));
    }

    /** What was kept under {@code key} by an earlier build (see {@link #keep}), or null. */
    public <T extends Record> T recall(String key, Class<T> type) {
        return derived.get(key, type);
    }

    /**
     * Keeps {@code value} under {@code key} for later builds, if the cache can hold it faithfully. The
     * key must cover everything the value was derived from.
     */
    public void keep(String key, Record value) {
        derived.put(key, value);
    }

    /**
     * After a complete build: deletes cached entries that neither a current file nor this build used
     * (outdated summaries, records of deleted files), and other levermap versions' entries.
     */
    public void prune() {
        files.values().forEach(list -> list.forEach(f -> {
            if (f.key() != null) {
                cache.use(f.key());
            }
        }));
        cache.prune();
        derived.prune();
    }
}
