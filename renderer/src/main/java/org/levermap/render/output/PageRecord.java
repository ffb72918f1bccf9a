package org.levermap.render.output;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import org.levermap.model.repo.Sha256;
import org.levermap.model.repo.TempFiles;

/**
 * Which inputs each page of the last build into an output folder was made from (the keys of
 * {@link org.levermap.render.plan.PageInputs} and of the site-wide pages' views), and what the link
 * check needs of the pages of each key (the files they link to outside their own key's pages, and each
 * page's ids, which links into it with an anchor ask for), kept in
 * the data repository's {@code .cache/levermap/pages-*.state} (with a CRC-32). A page whose inputs are unchanged
 * is carried over from that build, and its links are checked from the record without reading it; the
 * record is trusted only while the output folder is still exactly as that build left it (the same
 * fingerprint of paths, sizes and times {@link BuildState} checks), so a site edited by hand or built
 * by another tool is rendered in full. A damaged or outdated record is no record.
 */
public final class PageRecord {

    /** The format: "LMPR" and a version; a record of another version is not read. */
    private static final int MAGIC = 0x4c4d5052;
    private static final int VERSION = 3;

    private final Path file;
    private final Map<String, String> previous;
    private final Map<String, Set<String>> links;
    private final Map<String, Set<String>> ids;
    private final Map<String, Integer> members;
    /** For a record this process wrote: the output fingerprint it was written with and its file's status. */
    private final String output;
    private final String stamp;

    private PageRecord(Path file, Map<String, String> previous, Map<String, Set<String>> links,
            Map<String, Set<String>> ids) {
        this(file, previous, links, ids, null, null);
    }

    private PageRecord(Path file, Map<String, String> previous, Map<String, Set<String>> links,
            Map<String, Set<String>> ids, String output, String stamp) {
        this.file = file;
        this.previous = previous;
        this.links = links;
        this.ids = ids;
        this.output = output;
        this.stamp = stamp;
        this.members = new HashMap<>();
        previous.values().forEach(k -> members.merge(k, 1, Integer::sum));
    }

    /** Where the record of builds of {@code root} into {@code out} is kept, without reading it (to write it). */
    public static PageRecord at(Path root, Path out) {
        return new PageRecord(file(root, out), Map.of(), Map.of(), Map.of());
    }

    private static Path file(Path root, Path out) {
        String name = Sha256.hex(out.toAbsolutePath().normalize().toString(), 8);
        return root.resolve(".cache/levermap/pages-" + name + ".state");
    }

    /** The record of the last build of {@code root} into {@code out}; empty when it cannot be trusted. */
    public static PageRecord of(Path root, Path out) {
        Path abs = out.toAbsolutePath().normalize();
        String fingerprint = null;
        if (Files.isRegularFile(file(root, out)) && Files.isDirectory(abs)) {
            try {
                fingerprint = BuildState.outputFingerprint(abs);
            } catch (IOException e) {
                // An output that cannot be read is not the one recorded.
            }
        }
        return of(root, out, fingerprint);
    }

    /**
     * The record of the last build of {@code root} into {@code out}, whose output now has the fingerprint
     * {@code output} (from the {@link SiteListing} the build made anyway; null: no output); empty when it
     * cannot be trusted.
     */
    public static PageRecord of(Path root, Path out, String output) {
        return of(root, out, output, null);
    }

    /**
     * As {@link #of(Path, Path, String)}, taking {@code written} (what {@link #record} returned in this
     * process) instead of reading the file again when that file is still the one it wrote: a builder that
     * builds again and again (serve) reads the record once.
     */
    public static PageRecord of(Path root, Path out, String output, PageRecord written) {
        Path file = file(root, out);
        if (written != null && output != null && written.file.equals(file) && output.equals(written.output)
                && written.stamp != null && written.stamp.equals(stamp(file))) {
            return written;
        }
        Map<String, String> previous = new HashMap<>();
        Map<String, Set<String>> links = new HashMap<>();
        Map<String, Set<String>> ids = new HashMap<>();
        if (output != null && Files.isRegularFile(file)) {
            try (DataInputStream in = checked(Files.readAllBytes(file))) {
                if (in.readInt() == MAGIC && in.readInt() == VERSION && in.readUTF().equals(output)) {
                    String[] keys = new String[in.readInt()];
                    for (int i = 0; i < keys.length; i++) {
                        keys[i] = in.readUTF();
                    }
                    List<Set<String>> idSets = new ArrayList<>();
                    for (int n = in.readInt(); n > 0; n--) {
                        Set<String> set = new java.util.LinkedHashSet<>(); // in order, as written
                        for (int i = in.readInt(); i > 0; i--) {
                            set.add(in.readUTF());
                        }
                        idSets.add(java.util.Collections.unmodifiableSet(set));
                    }
                    for (int n = in.readInt(); n > 0; n--) {
                        String path = in.readUTF();
                        previous.put(path, keys[in.readInt()]);
                        int set = in.readInt();
                        if (set >= 0) {
                            ids.put(path, idSets.get(set));
                        }
                    }
                    // Link targets repeat (the navigation, the stylesheet): one string each.
                    Map<String, String> shared = new HashMap<>();
                    for (int n = in.readInt(); n > 0; n--) {
                        String key = keys[in.readInt()];
                        Set<String> targets = new java.util.LinkedHashSet<>(); // in order, as written
                        for (int t = in.readInt(); t > 0; t--) {
                            String target = in.readUTF();
                            targets.add(shared.computeIfAbsent(target, x -> x));
                        }
                        links.put(key, targets);
                    }
                    if (in.read() != -1) {
                        throw new IOException("data after the record");
                    }
                }
            } catch (IOException | RuntimeException e) {
                previous.clear(); // a damaged or outdated record: render everything
                links.clear();
                ids.clear();
            }
        }
        return new PageRecord(file, previous, links, ids);
    }

    /** Whether the last build made {@code path} from the inputs {@code key}. */
    public boolean unchanged(String path, String key) {
        return key != null && key.equals(previous.get(path));
    }

    /** The key the last build recorded for {@code path}, or null. */
    public String key(String path) {
        return previous.get(path);
    }

    /**
     * The files the last build's pages of {@code key} link to outside those pages (as
     * {@link org.levermap.render.check.LinkChecker#add} gives them), when the record has them for
     * exactly {@code pages} pages of that key; else null, and they must be read again.
     */
    public Set<String> links(String key, int pages) {
        Integer recorded = members.get(key);
        return recorded != null && recorded == pages ? links.get(key) : null;
    }

    /** The ids of the page {@code path} as the last build recorded them, or null. */
    public Set<String> ids(String path) {
        return previous.containsKey(path) ? ids.get(path) : null;
    }

    /** Records the build just committed, without what its pages link to: the next build reads them again. */
    public void record(String outputFingerprint, Map<String, String> keys) {
        record(outputFingerprint, keys, Map.of(), Map.of());
    }

    /**
     * The record's bytes to read, when the CRC-32 at their end matches (a damaged record is no record);
     * written without compression: 8 MB at 1,000 × 24, written and read in a fraction of the time gzip takes.
     */
    private static DataInputStream checked(byte[] bytes) throws IOException {
        if (bytes.length < Long.BYTES) {
            throw new IOException("too short");
        }
        int length = bytes.length - Long.BYTES;
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        if (java.nio.ByteBuffer.wrap(bytes, length, Long.BYTES).getLong() != crc.getValue()) {
            throw new IOException("damaged");
        }
        return new DataInputStream(new java.io.ByteArrayInputStream(bytes, 0, length));
    }

    /** The status of the record's file (size, modification time, file key); null when it has none. */
    private static String stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile() && a.fileKey() != null ? a.size() + "\t" + a.lastModifiedTime().to(
                    java.util.concurrent.TimeUnit.NANOSECONDS) + "\t" + a.fileKey() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Records the build just committed: each file's input key, what the pages of each key link to outside
     * them, the ids of the pages ({@code pageIds}, by path), and the fingerprint of the output as
     * {@link BuildState#record} found it (null: not recorded, so nothing is carried over next time). A
     * failure to record only costs the next build its carrying over.
     *
     * @return the record as written, which {@link #of(Path, Path, String, PageRecord)} takes while its file
     *     is unchanged; null when nothing was recorded. The maps given are kept in it, not copied.
     */
    public PageRecord record(String outputFingerprint, Map<String, String> keys, Map<String, Set<String>> links,
            Map<String, Set<String>> pageIds) {
        return record(outputFingerprint, prepare(keys, links, pageIds));
    }

    /**
     * What a record holds but the output's fingerprint, made into bytes: a build prepares it while it
     * commits its site (whose walk gives the fingerprint), on the other core.
     */
    public record Prepared(byte[] body, Map<String, String> keys, Map<String, Set<String>> links,
            Map<String, Set<String>> pageIds) {
    }

    /** Prepares the record of {@code keys}, {@code links} and {@code pageIds} (see {@link #record}). */
    public static Prepared prepare(Map<String, String> keys, Map<String, Set<String>> links,
            Map<String, Set<String>> pageIds) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 20);
        try (DataOutputStream w = new DataOutputStream(new BufferedOutputStream(bytes, 1 << 16))) {
            Map<String, Integer> index = new HashMap<>();
            List<String> distinct = new ArrayList<>();
            Map<String, String> sorted = new TreeMap<>(keys);
            sorted.values().forEach(k -> index.computeIfAbsent(k, x -> {
                distinct.add(x);
                return distinct.size() - 1;
            }));
            w.writeInt(distinct.size());
            for (String k : distinct) {
                w.writeUTF(k);
            }
            // Pages of a kind have the same ids: each set written once. Carried pages share the set
            // instances read from the last record, so most are found by identity without hashing them.
            Map<Set<String>, Integer> idIndex = new HashMap<>();
            Map<Set<String>, Integer> byInstance = new java.util.IdentityHashMap<>();
            List<Set<String>> idSets = new ArrayList<>();
            int[] setOf = new int[sorted.size()];
            int at = 0;
            for (String path : sorted.keySet()) {
                Set<String> set = pageIds.get(path);
                setOf[at++] = set == null ? -1 : byInstance.computeIfAbsent(set, s -> idIndex.computeIfAbsent(s, x -> {
                    idSets.add(x);
                    return idSets.size() - 1;
                }));
            }
            w.writeInt(idSets.size());
            for (Set<String> set : idSets) {
                w.writeInt(set.size());
                for (String id : inOrder(set)) {
                    w.writeUTF(id);
                }
            }
            w.writeInt(sorted.size());
            at = 0;
            for (Map.Entry<String, String> e : sorted.entrySet()) {
                w.writeUTF(e.getKey());
                w.writeInt(index.get(e.getValue()));
                w.writeInt(setOf[at++]);
            }
            Map<String, Set<String>> known = new TreeMap<>();
            links.forEach((k, t) -> {
                if (index.containsKey(k)) {
                    known.put(k, t);
                }
            });
            w.writeInt(known.size());
            for (Map.Entry<String, Set<String>> e : known.entrySet()) {
                w.writeInt(index.get(e.getKey()));
                w.writeInt(e.getValue().size());
                for (String t : inOrder(e.getValue())) {
                    w.writeUTF(t);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a byte array does not fail
        }
        return new Prepared(bytes.toByteArray(), keys, links, pageIds);
    }

    /** As {@link #record(String, Map, Map, Map)}, of what {@link #prepare} made. */
    public PageRecord record(String outputFingerprint, Prepared prepared) {
        if (outputFingerprint == null) {
            forget();
            return null;
        }
        try {
            Files.createDirectories(file.getParent());
            Path temp = TempFiles.createFile(file.getParent(), ".state", ".tmp");
            CRC32 crc = new CRC32();
            try (OutputStream raw = Files.newOutputStream(temp);
                    DataOutputStream w = new DataOutputStream(new BufferedOutputStream(new CheckedOutputStream(raw, crc),
                            1 << 16))) {
                w.writeInt(MAGIC);
                w.writeInt(VERSION);
                w.writeUTF(outputFingerprint);
                w.write(prepared.body());
                w.flush();
                new DataOutputStream(raw).writeLong(crc.getValue()); // after the record, outside what it checks
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new PageRecord(file, prepared.keys(), prepared.links(), prepared.pageIds(), outputFingerprint,
                    stamp(file));
        } catch (IOException e) {
            forget();
            return null;
        }
    }

    /** Forgets the record (a build failed or could not be recorded): the next build renders everything. */
    public void forget() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A read-only data repository has no record to trust either.
        }
    }

    /**
     * The strings of {@code set} in order: as they are when a set read from the last record is written
     * again (most of a rebuild's record), else sorted.
     */
    private static Iterable<String> inOrder(Set<String> set) {
        String last = null;
        for (String s : set) {
            if (last != null && last.compareTo(s) >= 0) {
                return new java.util.TreeSet<>(set);
            }
            last = s;
        }
        return set;
    }
}
