package org.levermap.model.repo;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * The key of each snapshot file as the last complete build read it, with what the file system said of
 * the file then (size, modification and change times, device and inode), so that a build can take an
 * unchanged file's key without reading it, as git's index does. A file whose status differs is read and
 * hashed again; a file changed less than {@value #RACY_MILLIS} ms before the build that writes the memo
 * began is never taken from it (a later change within the same tick of a coarse clock would not show), and
 * any change after that sets a newer change time, which no tool can set back. The memo lives in the record cache's
 * own folder, whose name holds the user's secret: a memo committed with the data is never read.
 */
final class KeyMemo {

    static final String FILE = "keys.memo";
    private static final String HEADER = "levermap key memo 2";
    private static final long RACY_MILLIS = 2_000;
    /** Marks a line of a file too recently changed to be trusted: its key is kept only for {@link #dropped}. */
    private static final String RACY = "racy";
    /** Builds between two prunes that list the whole cache (see {@link #listWhole}). */
    static final int LIST_EVERY = 32;

    private final Path file;
    private final Map<String, String> memo;
    /** Every file of the memo read, with the key it had (trusted or racy). */
    private final Map<String, String[]> previous;
    /** Builds since the cache was last listed whole; -1 when no memo could be read. */
    private final int sinceListed;
    private final Map<String, String> seen;
    private final long started = System.currentTimeMillis();

    private KeyMemo(Path file, Map<String, String> memo, Map<String, String[]> previous, int sinceListed) {
        this.file = file;
        this.memo = memo;
        this.previous = previous;
        this.sinceListed = sinceListed;
        // Sized for the files the last build saw: growing a table many threads write is a copy each time.
        this.seen = new ConcurrentHashMap<>(Math.max(16, previous.size() * 2));
    }

    /** The memo kept in {@code folder}; empty when there is none or it cannot be read. */
    static KeyMemo in(Path folder) {
        Path file = folder.resolve(FILE);
        Map<String, String> memo = new ConcurrentHashMap<>();
        Map<String, String[]> previous = new java.util.HashMap<>();
        int sinceListed = -1;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String[] head = String.valueOf(in.readLine()).split("\t");
            if (head.length == 3 && head[0].equals(HEADER)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    // path, five fields of status, key, and "racy" for a key not to be trusted: cut at the
                    // tabs (tens of thousands of lines, read at the start of every build)
                    int[] tabs = new int[7];
                    int n = 0;
                    for (int i = line.indexOf('\t'); i >= 0 && n < tabs.length; i = line.indexOf('\t', i + 1)) {
                        tabs[n++] = i;
                    }
                    if (n < 6) {
                        continue;
                    }
                    String key = line.substring(tabs[5] + 1, n == 7 ? tabs[6] : line.length());
                    if (key.isEmpty()) {
                        continue;
                    }
                    previous.put(line.substring(0, tabs[0]), new String[] {line.substring(tabs[0] + 1, tabs[5]), key});
                    if (n == 6) {
                        memo.put(line.substring(0, tabs[5]), key);
                    }
                }
                sinceListed = Integer.parseInt(head[2]);
            }
        } catch (IOException | RuntimeException e) { // none yet, or damaged: every file is read
            memo.clear();
            previous.clear();
            sinceListed = -1;
        }
        return new KeyMemo(file, memo, previous, sinceListed);
    }

    /**
     * Whether a prune must list the whole cache: without a memo read (the first build of a version, a
     * damaged memo) the entries no file uses are unknown; and every {@value #LIST_EVERY} builds, for
     * entries that no memo ever named (a build killed between writing an entry and its memo).
     */
    boolean listWhole() {
        return sinceListed < 0 || sinceListed + 1 >= LIST_EVERY;
    }

    /**
     * The keys the files of the previous memo had and no longer have, or of files gone: the entries a
     * prune may delete (those this load did not use).
     */
    java.util.Set<String> dropped() {
        java.util.Set<String> dropped = new java.util.HashSet<>();
        previous.forEach((path, was) -> {
            String now = seen.get(path);
            if (now == null || !now.equals(was[0]) || !memo.containsKey(path + "\t" + was[0])) {
                dropped.add(was[1]);
            }
        });
        return dropped;
    }

    /**
     * The key of {@code path} (relative to the repository) as of its last complete build, if its status
     * is still what it was then; else null. The status is noted either way, for {@link #write}. Only a
     * regular file has a status: a symbolic link is never taken from the memo, since where it leads can
     * change while its own status does not (so a key from the memo is also that of a file levermap may read).
     */
    String key(Path file, String path) {
        String status = status(file);
        if (status == null) {
            return null;
        }
        seen.put(path, status);
        return memo.get(path + "\t" + status);
    }

    /** The key {@code path} has, read now; kept for the next build when its status is trustworthy. */
    void learn(String path, String key) {
        String status = seen.get(path);
        if (status != null && key != null) {
            memo.put(path + "\t" + status, key);
        }
    }

    /**
     * Writes the memo of the files this build noted, keyed as they were when it read them (replacing
     * the previous memo atomically). The key of a file modified close to the start of this build is
     * marked not to be trusted, only to be dropped by the next prune.
     *
     * @param listed whether this build's prune listed the whole cache
     */
    void write(boolean listed) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = TempFiles.createFile(file.getParent(), ".memo", ".tmp");
            try {
                try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                        new FastGzip(Files.newOutputStream(temp), 1 << 16), StandardCharsets.UTF_8))) {
                    out.write(HEADER + "\t" + started + "\t" + (listed ? 0 : sinceListed + 1) + "\n");
                    for (Map.Entry<String, String> e : new java.util.TreeMap<>(seen).entrySet()) {
                        String key = memo.get(e.getKey() + "\t" + e.getValue());
                        String[] status = e.getValue().split("\t");
                        long changed = Math.max(Long.parseLong(status[1]), Long.parseLong(status[2])) / 1_000_000;
                        if (key != null) {
                            out.write(e.getKey() + "\t" + e.getValue() + "\t" + key
                                    + (changed < started - RACY_MILLIS ? "" : "\t" + RACY) + "\n");
                        }
                    }
                }
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | RuntimeException e) {
            // Next build reads every file: slower, never wrong.
        }
    }

    /**
     * Size, modification time (ns), change time (ns), device and inode of a regular file; null for anything
     * else, and where there are none.
     */
    private static String status(Path file) {
        try {
            Map<String, Object> a = Files.readAttributes(file, "unix:isRegularFile,size,lastModifiedTime,ctime,dev,ino",
                    java.nio.file.LinkOption.NOFOLLOW_LINKS);
            if (!Boolean.TRUE.equals(a.get("isRegularFile"))) {
                return null;
            }
            return a.get("size") + "\t" + nanos(a.get("lastModifiedTime")) + "\t" + nanos(a.get("ctime")) + "\t"
                    + a.get("dev") + "\t" + a.get("ino");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return null; // no unix attributes (another platform): every file is read
        }
    }

    private static long nanos(Object time) {
        return ((java.nio.file.attribute.FileTime) time).to(java.util.concurrent.TimeUnit.NANOSECONDS);
    }
}
