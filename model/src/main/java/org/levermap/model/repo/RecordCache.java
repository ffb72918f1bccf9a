package org.levermap.model.repo;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Records already parsed from YAML, keyed by the SHA-256 of the file's bytes and its record type, so
 * that an unchanged file is not parsed again. Entries live in the data repository's
 * {@code .cache/levermap/records/<version>/}, one small file each ({@link RecordCodec}'s binary form
 * behind a magic number and a CRC-32); {@code <version>} follows levermap's code, so an upgraded
 * levermap starts afresh, and a key of the user's, so entries that came with the data are never read.
 * Only files that parsed without any problem are cached: a file with problems is parsed every time,
 * so its messages stay exactly those of the parser. The cache is an optimisation and nothing more: an entry that cannot be read, fails its checksum or no longer fits the code is
 * ignored and rewritten, and a cache folder that cannot be written leaves every load parsing.
 */
final class RecordCache {

    /** Bump when the entry layout changes in a way the code version would not show. */
    private static final int FORMAT = 1;
    private static final int MAGIC = 0x4c4d5243; // "LMRC"

    private final Path folder;
    private final RecordCodec codec;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger stored = new AtomicInteger();
    private volatile boolean writable = true;
    /** Records this process keeps decoded between builds (snapshots aside); null when it keeps none. */
    private final RecordMemory memory;

    private RecordCache(Path folder, Map<String, String> pool, RecordMemory memory) {
        this.folder = folder;
        this.codec = new RecordCodec(pool);
        this.memory = memory;
    }

    /** The cache of the data repository {@code root}, sharing strings through {@code pool}. */
    static RecordCache in(Path root, Map<String, String> pool) {
        return in(root, pool, "records", null);
    }

    /**
     * A cache of the data repository {@code root} in its own folder {@code .cache/levermap/<kind>/}: parsed
     * files ({@code records}) and what builds derive from them ({@code derived}) are pruned apart, so that a
     * {@code validate}, which reads every file but derives nothing, keeps the build's entries. Records
     * read or kept are also kept decoded in {@code memory}, when given.
     */
    static RecordCache in(Path root, Map<String, String> pool, String kind, RecordMemory memory) {
        String version;
        try {
            version = FORMAT + "\t" + CodeVersion.of(RecordCodec.class) + "\t" + Runtime.version().feature();
        } catch (IOException e) {
            version = FORMAT + "\tunknown";
        }
        // The folder's name also holds a secret of this user's: entries committed into a data repository
        // (a crafted pull request, say) are never read, since they could claim what the YAML does not say.
        String name = Sha256.hex(secret() + "\t" + version, 8);
        return new RecordCache(root.resolve(".cache/levermap").resolve(kind).resolve(name), pool, memory);
    }

    /**
     * A random key kept in {@code $XDG_CACHE_HOME/levermap/record-cache.key} (else
     * {@code ~/.cache/levermap/}), made on first use; where it cannot be kept, a key of this run only,
     * so that nothing is reused.
     */
    private static String secret() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        Path file = base.resolve("levermap/record-cache.key");
        try {
            if (!Files.isRegularFile(file)) {
                Files.createDirectories(file.getParent());
                Path temp = TempFiles.createFile(file.getParent(), ".key", ".tmp");
                Files.writeString(temp, randomHex());
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE); // the first of two runs wins
                } catch (IOException e) {
                    Files.deleteIfExists(temp);
                }
            }
            String key = Files.readString(file).strip();
            if (key.length() >= 32) {
                return key;
            }
        } catch (IOException | RuntimeException e) {
            // Fall through: this run's own key.
        }
        return randomHex();
    }

    /** A file's bytes and its key. */
    record Entry(byte[] bytes, String key) {
    }

    /**
     * Reads a file to look it up: its bytes and key, or null to let the parser read it (and report why
     * it cannot, in its own words).
     */
    Entry entry(Path file, Class<?> type) {
        try {
            if (Files.size(file) > YamlCodec.MAX_FILE_BYTES) {
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            return new Entry(bytes, key(type, bytes));
        } catch (IOException e) {
            return null;
        }
    }

    /** What the last complete build read of each file's key; made when first asked. */
    private volatile KeyMemo memo;

    /**
     * The key of a file read as {@code type} ({@code path} from the repository's root): from the memo of
     * the last complete build when the file's status is unchanged, else read and hashed now; null when it
     * cannot be read (its parse says why).
     */
    String keyOf(Path file, String path, Class<?> type) {
        String key = knownKey(file, path);
        return key != null ? key : readKey(file, path, type);
    }

    /**
     * The key of a file the memo did not know ({@link #knownKey} gave null), from its bytes, kept for the
     * next build's memo; null when it cannot be read.
     */
    String readKey(Path file, String path, Class<?> type) {
        Entry entry = entry(file, type);
        String key = entry == null ? null : entry.key();
        learn(path, key);
        return key;
    }

    /** Keeps the key of {@code path}, just read, for the next build's memo (see {@link KeyMemo#learn}). */
    void learn(String path, String key) {
        memo().learn(path, key);
    }

    /**
     * The key of a file from the memo of the last complete build, when it is a regular file whose status
     * is unchanged (and so one levermap may read: see {@link KeyMemo#key}); else null. It never reads the file.
     */
    String knownKey(Path file, String path) {
        return memo().key(file, path);
    }

    private KeyMemo memo() {
        KeyMemo m = memo;
        if (m == null) {
            synchronized (this) {
                if (memo == null) {
                    memo = KeyMemo.in(folder);
                }
                m = memo;
            }
        }
        return m;
    }

    /** The key of a file holding {@code bytes} read as {@code type}. */
    String key(Class<?> type, byte[] bytes) {
        MessageDigest digest = Sha256.digest();
        digest.update(type.getName().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        return HexFormat.of().formatHex(digest.digest(bytes));
    }

    /** The record cached under {@code key}, or null when there is none that can be trusted. */
    <T extends Record> T get(String key, Class<T> type) {
        return get(key, type, null);
    }

    /** As {@link #get(String, Class)}, its equal strings shared through {@code pool} rather than the cache's own (when given). */
    <T extends Record> T get(String key, Class<T> type, Map<String, String> pool) {
        used.add(key);
        T kept = remembers(type) ? memory.get(folder.toString(), key, type) : null;
        if (kept != null) {
            hits.incrementAndGet();
            return kept;
        }
        Path file = entry(key);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
        try {
            ByteBuffer header = ByteBuffer.wrap(bytes);
            if (bytes.length < 8 || header.getInt() != MAGIC) {
                return null;
            }
            CRC32 crc = new CRC32();
            crc.update(bytes, 8, bytes.length - 8);
            if (header.getInt() != (int) crc.getValue()) {
                return null;
            }
            DataInputStream in = RecordCodec.input(bytes, 8, bytes.length - 8);
            T value = (pool == null ? codec : codec.sharing(pool)).read(type, in);
            if (in.available() != 0) {
                return null;
            }
            hits.incrementAndGet();
            if (remembers(type)) {
                memory.put(folder.toString(), key, value);
            }
            return value;
        } catch (IOException | RuntimeException e) { // a damaged or outdated entry: parse the file instead
            return null;
        }
    }

    /**
     * Caches {@code value} under {@code key}, if its binary form reads back as an equal record (a
     * record the codec cannot take apart faithfully is never cached).
     */
    void put(String key, Record value) {
        used.add(key);
        if (!writable) {
            return;
        }
        byte[] payload;
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(2048);
            DataOutputStream out = new DataOutputStream(buffer);
            codec.write(value, out);
            out.flush();
            payload = buffer.toByteArray();
            // Read back through a pool of its own: the cache's pool would keep the strings of every record written.
            Record back = codec.sharing(new java.util.HashMap<>()).read(value.getClass(),
                    RecordCodec.input(payload, 0, payload.length));
            if (!value.equals(back)) {
                return;
            }
        } catch (IOException | RuntimeException e) {
            return;
        }
        if (remembers(value.getClass())) {
            memory.put(folder.toString(), key, value);
        }
        CRC32 crc = new CRC32();
        crc.update(payload);
        byte[] bytes = ByteBuffer.allocate(8 + payload.length).putInt(MAGIC).putInt((int) crc.getValue())
                .put(payload).array();
        Path file = entry(key);
        try {
            Files.createDirectories(file.getParent());
            Path temp = TempFiles.createFile(file.getParent(), ".entry", ".tmp");
            try {
                Files.write(temp, bytes);
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            stored.incrementAndGet();
        } catch (IOException e) { // a read-only data repository, say: every load parses, which is correct
            writable = false;
        }
    }

    /** Whether records of {@code type} are kept decoded: a build reads each snapshot once, for its pages. */
    private boolean remembers(Class<?> type) {
        return memory != null && type != org.levermap.model.Snapshot.class;
    }

    /** Marks an entry as still wanted, so that {@link #prune} keeps it though this load did not read it. */
    void use(String key) {
        used.add(key);
    }

    /**
     * After a complete load: deletes the entries of other levermap versions, entries no file used in
     * this load and temporary files a killed load left, so the cache holds what the data holds.
     */
    void prune() {
        if (memory != null) {
            memory.retain(folder.toString(), used);
        }
        if (!writable || !Files.isDirectory(folder)) {
            return;
        }
        KeyMemo m = memo;
        if (m != null && !m.listWhole()) {
            // The entries that may have fallen out of use are those of the files whose key changed or
            // that are gone, as the memo knew them: listing tens of thousands of entries is not needed.
            for (String key : m.dropped()) {
                if (!used.contains(key)) {
                    try {
                        Files.deleteIfExists(entry(key));
                    } catch (IOException e) {
                        // Left for the next listing of the whole cache.
                    }
                }
            }
            m.write(false);
            return;
        }
        try (Stream<Path> versions = Files.list(folder.getParent())) {
            for (Path other : versions.filter(p -> !p.equals(folder)).toList()) {
                deleteTree(other);
            }
            // Names only, folder by folder: an entry's status is never needed, and asking it of tens of
            // thousands of entries costs a system call each.
            try (java.nio.file.DirectoryStream<Path> prefixes = Files.newDirectoryStream(folder)) {
                for (Path prefix : prefixes) {
                    String name = prefix.getFileName().toString();
                    if (name.length() != 2) { // the key memo, a killed write's temporary file
                        if (!name.equals(KeyMemo.FILE)) {
                            Files.deleteIfExists(prefix);
                        }
                        continue;
                    }
                    try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(prefix)) {
                        for (Path f : entries) {
                            if (!used.contains(name + f.getFileName())) {
                                Files.deleteIfExists(f);
                            }
                        }
                    }
                }
            }
            if (m != null) {
                m.write(true);
            }
        } catch (IOException e) {
            // Left for the next load: stale entries cost only disk space.
            if (m != null) {
                m.write(false);
            }
        }
    }

    private static String randomHex() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Records read from the cache in this load. */
    int hits() {
        return hits.get();
    }

    /** Entries written in this load. */
    int stored() {
        return stored.get();
    }

    private Path entry(String key) {
        return folder.resolve(key.substring(0, 2)).resolve(key.substring(2));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
