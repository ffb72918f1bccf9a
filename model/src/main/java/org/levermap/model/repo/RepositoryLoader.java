package org.levermap.model.repo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.levermap.model.Actor;
import org.levermap.model.Alliance;
import org.levermap.model.Id;
import org.levermap.model.Ids;
import org.levermap.model.Project;
import org.levermap.model.SiteConfig;
import org.levermap.model.Snapshot;

/**
 * Loads a data repository: finds its files, parses them (in parallel), checks each record and
 * every reference between files, and reports all problems at once.
 */
final class RepositoryLoader {

    private final Path root;
    private final Path realRoot;
    private final List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
    /**
     * Equal strings of all files share one copy (see {@link StringPool}). Sized for the tens of thousands
     * of distinct strings of a large repository's summaries: growing it is a copy of the whole table
     * under contention, each time.
     */
    private final Map<String, String> strings = new java.util.concurrent.ConcurrentHashMap<>(1 << 15);
    /** Records parsed by earlier loads; null to parse every file. */
    private final RecordCache cache;

    RepositoryLoader(Path root) {
        this(root, false);
    }

    /** The SHA-256 of each file read through the cache, by path from the root; null when not wanted. */
    private final Map<String, String> digests;

    RepositoryLoader(Path root, boolean cached) {
        this(root, cached, null);
    }

    /** Whether snapshots are left in their files, to be read when a build asks ({@link SnapshotStore}). */
    private final boolean streamed;

    RepositoryLoader(Path root, boolean cached, Map<String, String> digests) {
        this(root, cached, digests, false);
    }

    RepositoryLoader(Path root, boolean cached, Map<String, String> digests, boolean streamed) {
        this(root, cached, digests, streamed, true, null);
    }

    /** A streamed loader whose records are also kept decoded in {@code memory} for later loads (null: none). */
    RepositoryLoader(Path root, Map<String, String> digests, RecordMemory memory) {
        this(root, true, digests, true, true, memory);
    }

    /** Whether snapshot files are read at all (not by commands that only write them: collect). */
    private final boolean snapshots;

    /** Records kept decoded between this process's builds; null when none are. */
    private final RecordMemory memory;

    private RepositoryLoader(Path root, boolean cached, Map<String, String> digests, boolean streamed,
            boolean snapshots, RecordMemory memory) {
        this.root = root;
        this.realRoot = RepositoryPaths.realRoot(root);
        this.memory = memory;
        this.cache = cached || streamed ? RecordCache.in(root, strings, "records", memory) : null;
        this.digests = digests == null && streamed ? new java.util.concurrent.ConcurrentHashMap<>() : digests;
        this.streamed = streamed;
        this.snapshots = snapshots;
    }

    /** A loader of everything but the snapshots, which it leaves unread (every project has none). */
    static RepositoryLoader withoutSnapshots(Path root) {
        return new RepositoryLoader(root, false, null, false, false, null);
    }

    /** The cache this loader reads and fills, or null. */
    RecordCache cache() {
        return cache;
    }

    DataRepository load() throws DataException {
        if (!Files.isDirectory(root)) {
            throw new DataException(List.of(Problem.ofFile(root.toString(), "is not a folder")));
        }
        if (!Files.isRegularFile(root.resolve(RepositoryLayout.CONFIG))) {
            throw new DataException(List.of(Problem.ofFile(root.toString(),
                    "is not a levermap data repository: it has no " + RepositoryLayout.CONFIG
                            + " (run 'levermap init DIR' to make one)")));
        }
        Map<String, String> projectFolders = projectFolders();
        List<Source<Actor>> actorFiles = namedFiles(RepositoryLayout.ACTORS, Actor.class);
        List<Source<Alliance>> allianceFiles = namedFiles(RepositoryLayout.ALLIANCES, Alliance.class);
        List<Source<Project>> projectFiles = new ArrayList<>();
        List<Source<Snapshot>> snapshotFiles = new ArrayList<>();
        for (String id : projectFolders.keySet()) {
            String dir = RepositoryLayout.PROJECTS + "/" + id;
            projectFiles.add(new Source<>(id, dir + "/" + RepositoryLayout.PROJECT_FILE, Project.class));
        }
        if (snapshots) {
            // A thousand folders and their files' status calls: listed in parallel, kept in project order.
            projectFolders.keySet().parallelStream().map(id -> snapshotFiles(id, RepositoryLayout.PROJECTS + "/" + id + "/"
                    + RepositoryLayout.SNAPSHOTS)).toList().forEach(snapshotFiles::addAll);
        }

        Set<String> projectIds = projectFolders.keySet();
        Set<String> actorIds = ids(actorFiles);
        Set<String> allianceIds = ids(allianceFiles);
        Function<Id.Kind, Set<String>> known = kind -> switch (kind) {
            case PROJECT -> projectIds;
            case ACTOR -> actorIds;
            case ALLIANCE -> allianceIds;
            case SELF -> Set.of();
        };

        SiteConfig config = read(new Source<>(null, RepositoryLayout.CONFIG, SiteConfig.class), known, problems);
        Map<String, Project> projects = readAll(projectFiles, known);
        Map<String, Actor> actors = readAll(actorFiles, known);
        Map<String, Alliance> alliances = readAll(allianceFiles, known);
        if (streamed && problems.isEmpty()) {
            return streamed(config, projects, actors, alliances, snapshotFiles, known);
        }
        // (A streamed load with problems reads every snapshot too: it reports what validate reports.)
        Map<String, List<Snapshot>> snapshots = new TreeMap<>();
        projectIds.forEach(id -> snapshots.put(id, new ArrayList<>()));
        snapshotFiles.parallelStream().forEach(source -> {
            Snapshot s = read(source, known, problems);
            if (s != null) {
                synchronized (snapshots) {
                    snapshots.get(source.projectOf()).add(s);
                }
            }
        });
        snapshots.values().forEach(list -> list.sort((a, b) -> a.date().compareTo(b.date())));
        if (!problems.isEmpty()) {
            throw DataException.sorted(problems);
        }
        if (cache != null) {
            cache.prune();
        }
        Map<String, List<Snapshot>> frozen = new TreeMap<>();
        snapshots.forEach((id, list) -> frozen.put(id, List.copyOf(list)));
        return new DataRepository(root, config, new TreeMap<>(projects), new TreeMap<>(frozen),
                new TreeMap<>(actors), new TreeMap<>(alliances));
    }

    /**
     * The repository with its snapshots left in their files: each is read now only for the key of its
     * content, and read in full when a build asks for its project ({@link SnapshotStore}).
     */
    private DataRepository streamed(SiteConfig config, Map<String, Project> projects, Map<String, Actor> actors,
            Map<String, Alliance> alliances, List<Source<Snapshot>> snapshotFiles, Function<Id.Kind, Set<String>> known)
            throws DataException {
        StringBuilder shared = new StringBuilder("shared");
        new TreeMap<>(digests).forEach((path, key) -> shared.append('\n').append(path).append('\t').append(key));
        List<Stored> stored = snapshotFiles.parallelStream().map(source -> {
            Path file = root.resolve(source.path());
            // An unchanged regular file: its key from the memo, in one status call.
            String key = cache.knownKey(file, source.path());
            if (key == null) {
                // A file levermap will not read (a link out of the repository) has no key: reading it reports why.
                if (RepositoryPaths.refusal(realRoot, file, false) != null) {
                    return new Stored(source, null);
                }
                key = cache.readKey(file, source.path(), source.type());
            }
            if (key != null) {
                digests.put(source.path(), key);
            }
            return new Stored(source, key);
        }).toList();
        java.util.SortedMap<String, List<Stored>> files = new TreeMap<>();
        projects.keySet().forEach(id -> files.put(id, new ArrayList<>()));
        // File names are dates: in name order, oldest first.
        stored.forEach(f -> files.get(f.source().projectOf()).add(f));
        files.replaceAll((id, list) -> List.copyOf(list));
        SnapshotStore store = new SnapshotStore(this, cache, RecordCache.in(root, strings, "derived", memory), known, files,
                Sha256.hex(shared.toString()));
        return new DataRepository(root, config, new TreeMap<>(projects), new StreamedSnapshots(store),
                new TreeMap<>(actors), new TreeMap<>(alliances));
    }

    /** A snapshot file of a streamed repository and the key of its content when it was listed (null if unreadable). */
    record Stored(Source<Snapshot> source, String key) {
    }

    /**
     * Reads a snapshot file of a streamed repository: its record from the cache under the key it was
     * listed with, else the file as it is now, checked as {@link #load} checks it.
     */
    Snapshot read(Stored file, Function<Id.Kind, Set<String>> known, List<Problem> sink, Map<String, String> pool) {
        Source<Snapshot> source = file.source();
        Snapshot cached = file.key() == null ? null : cache.get(file.key(), Snapshot.class, pool);
        if (cached != null && clean(source, cached, known)) {
            return cached;
        }
        return read(source, known, sink, pool, file.key());
    }

    /** A file to read: its expected id (file or folder name), path relative to the root, record type. */
    record Source<T extends Record>(String id, String path, Class<T> type) {
        String projectOf() {
            int start = path.indexOf('/') + 1;
            int end = path.indexOf('/', start);
            return end < 0 ? path.substring(start) : path.substring(start, end);
        }
    }

    private <T extends Record> Map<String, T> readAll(List<Source<T>> sources, Function<Id.Kind, Set<String>> known) {
        Map<String, T> result = Collections.synchronizedMap(new TreeMap<>());
        sources.parallelStream().forEach(source -> {
            T value = read(source, known, problems);
            if (value != null) {
                result.put(source.id(), value);
            }
        });
        return new TreeMap<>(result);
    }

    private <T extends Record> T read(Source<T> source, Function<Id.Kind, Set<String>> known, List<Problem> problems) {
        return read(source, known, problems, strings, null);
    }

    /**
     * Reads a file: its record from the cache when its bytes were parsed before (unless the caller
     * already looked under that key: {@code tried}), else parsed and then cached.
     */
    private <T extends Record> T read(Source<T> source, Function<Id.Kind, Set<String>> known, List<Problem> problems,
            Map<String, String> strings, String tried) {
        String refusal = RepositoryPaths.refusal(realRoot, root.resolve(source.path()), false);
        if (refusal != null) {
            problems.add(Problem.ofFile(source.path(), refusal));
            return null;
        }
        Path file = root.resolve(source.path());
        boolean memo = streamed && source.type() != Snapshot.class && tried == null;
        if (memo) {
            // A build: the key of an unchanged file comes from the key memo, its record (often) from memory,
            // so the file is not read at all.
            String key = cache.knownKey(file, source.path());
            T cached = key == null ? null : cache.get(key, source.type(), strings);
            if (cached != null && clean(source, cached, known)) {
                digests.put(source.path(), key);
                return cached;
            }
            tried = key;
        }
        RecordCache.Entry entry = cache == null ? null : cache.entry(file, source.type());
        if (memo && entry != null) {
            cache.learn(source.path(), entry.key()); // read now: its key for the next build's memo
        }
        if (entry != null && digests != null) {
            digests.put(source.path(), entry.key());
        }
        T cached = entry == null || entry.key().equals(tried) ? null : cache.get(entry.key(), source.type(), strings);
        // Problems are located in the text: if a cached record has any, parse it, so the messages are the parser's own.
        if (cached != null && clean(source, cached, known)) {
            return cached;
        }
        ParsedFile<T> parsed = entry == null ? YamlCodec.parse(file, source.path(), source.type(), strings)
                : YamlCodec.parse(entry.bytes(), source.path(), source.type(), new ArrayList<>(), strings);
        T value = parsed.value();
        if (entry != null && parsed.clean()) {
            cache.put(entry.key(), value);
        }
        if (value != null) {
            List<Finding> findings = new ArrayList<>();
            RecordChecks.check(value, known, parsed.reported(), findings);
            matchesName(source, value, findings);
            parsed.addAll(findings);
        }
        List<Problem> found = parsed.problems();
        problems.addAll(found);
        return found.isEmpty() ? value : null;
    }

    /** Whether a record read from the cache still passes every check (its references may no longer resolve). */
    private static boolean clean(Source<?> source, Record cached, Function<Id.Kind, Set<String>> known) {
        List<Finding> findings = new ArrayList<>();
        RecordChecks.check(cached, known, Set.of(), findings);
        matchesName(source, cached, findings);
        return findings.isEmpty();
    }

    /** The id inside a file must equal its file or folder name; a snapshot's date its file name. */
    private static void matchesName(Source<?> source, Record value, List<Finding> findings) {
        String id = null;
        if (value instanceof Project p) {
            id = p.id();
        } else if (value instanceof Actor a) {
            id = a.id();
        } else if (value instanceof Alliance a) {
            id = a.id();
        } else if (value instanceof Snapshot s) {
            id = s.project();
        }
        String where = value instanceof Project ? "folder" : "file";
        String key = value instanceof Snapshot ? "project" : "id";
        if (value instanceof Snapshot s) {
            String fileDate = source.path().substring(source.path().lastIndexOf('/') + 1).replace(".yaml", "");
            if (s.date() != null && !s.date().toString().equals(fileDate)) {
                findings.add(new Finding("/date", false, "date " + s.date() + " does not match the file name "
                        + fileDate + ".yaml"));
            }
            where = "project folder";
        }
        if (id != null && !id.equals(source.id())) {
            findings.add(new Finding("/" + key, false, key + " '" + id + "' does not match the " + where + " name '"
                    + source.id() + "'"));
        }
    }

    /** Project folders by id; a folder that is not a valid id or lacks project.yaml is a problem. */
    private Map<String, String> projectFolders() {
        Map<String, String> folders = new TreeMap<>();
        for (Path dir : list(root.resolve(RepositoryLayout.PROJECTS))) {
            String name = dir.getFileName().toString();
            String display = RepositoryLayout.PROJECTS + "/" + name;
            String refusal = Files.isSymbolicLink(dir) ? RepositoryPaths.refusal(realRoot, dir, true) : null;
            if (refusal != null && !name.startsWith(".")) {
                problems.add(Problem.ofFile(display, refusal));
                continue;
            }
            if (!Files.isDirectory(dir) || name.startsWith(".")) {
                continue;
            }
            if (!Ids.isValid(name)) {
                problems.add(Problem.ofFile(display, "folder name '" + name + "' is not a valid project id"
                        + " (lower-case letters, digits and hyphens, at most 63)"));
            } else if (!Files.isRegularFile(dir.resolve(RepositoryLayout.PROJECT_FILE))) {
                problems.add(Problem.ofFile(display, "has no " + RepositoryLayout.PROJECT_FILE));
            } else {
                folders.put(name, display);
            }
        }
        return folders;
    }

    private <T extends Record> List<Source<T>> namedFiles(String folder, Class<T> type) {
        List<Source<T>> sources = new ArrayList<>();
        for (Path file : list(root.resolve(folder))) {
            String name = file.getFileName().toString();
            String display = folder + "/" + name;
            if (!Files.isRegularFile(file) || name.startsWith(".")) {
                continue;
            }
            if (name.endsWith(".yml")) {
                problems.add(Problem.ofFile(display, "levermap reads only .yaml files: rename it to "
                        + name.substring(0, name.length() - 4) + ".yaml"));
            } else if (name.endsWith(".yaml")) {
                String id = name.substring(0, name.length() - 5);
                if (Ids.isValid(id)) {
                    sources.add(new Source<>(id, display, type));
                } else {
                    problems.add(Problem.ofFile(display, "file name '" + id + "' is not a valid id"
                            + " (lower-case letters, digits and hyphens, at most 63)"));
                }
            }
        }
        return sources;
    }

    private List<Source<Snapshot>> snapshotFiles(String projectId, String folder) {
        List<Source<Snapshot>> sources = new ArrayList<>();
        for (Path file : list(root.resolve(folder))) {
            String name = file.getFileName().toString();
            if (name.startsWith(".") || !(name.endsWith(".yaml") || name.endsWith(".yml")) || !Files.isRegularFile(file)) {
                continue;
            }
            String display = folder + "/" + name;
            String stem = name.substring(0, name.lastIndexOf('.'));
            try {
                LocalDate.parse(stem);
                if (name.endsWith(".yml")) {
                    problems.add(Problem.ofFile(display, "levermap reads only .yaml files: rename it to " + stem + ".yaml"));
                } else {
                    sources.add(new Source<>(projectId, display, Snapshot.class));
                }
            } catch (DateTimeParseException e) {
                problems.add(Problem.ofFile(display, "a snapshot file is named by its date: YYYY-MM-DD.yaml"));
            }
        }
        return sources;
    }

    private static Set<String> ids(List<? extends Source<?>> sources) {
        Set<String> ids = new TreeSet<>();
        sources.forEach(s -> ids.add(s.id()));
        return Collections.unmodifiableSet(ids);
    }

    private List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        String refusal = RepositoryPaths.refusal(realRoot, dir, true);
        if (refusal != null) {
            problems.add(Problem.ofFile(root.relativize(dir).toString().replace('\\', '/'), refusal));
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            problems.add(Problem.ofFile(root.relativize(dir).toString(), "cannot be listed: " + e.getMessage()));
            return List.of();
        }
    }
}
