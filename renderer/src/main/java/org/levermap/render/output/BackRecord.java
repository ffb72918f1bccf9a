package org.levermap.render.output;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.levermap.model.repo.FastGzip;

/**
 * What a back buffer (the previous site, kept beside the output after a swap; see {@link StagedOutput})
 * holds, relative to the site at the output path, its front: the front's {@link SiteListing#identity()},
 * and every path where the two differ. A front file not named is in the back too, as the same inode
 * (hard-linked, so the same bytes). The record is the file {@link #FILE} inside the back folder (gzip,
 * whose CRC-32 catches a damaged one), so that it and the folder appear in one rename.
 *
 * @param front the identity of the front this back was kept for
 * @param entries each path where the back differs from the front, and how (a folder's path ends in {@code /})
 */
record BackRecord(String front, Map<String, Difference> entries) {

    /** The record's file inside the back folder: hidden, so that no site ever holds one (see Theme). */
    static final String FILE = ".levermap-back";
    /** The format: "LMBK" and a version; a record of another version is no record. */
    private static final int MAGIC = 0x4c4d424b;
    private static final int VERSION = 1;

    /** How the back differs from the front at one path. */
    enum Difference {
        /** Both hold a file there, with different inodes (different bytes, or the front's is newer). */
        CHANGED,
        /** The front holds a file the back lacks. */
        MISSING,
        /** The back holds a file the front lacks. */
        EXTRA,
        /** The back holds a folder the front lacks. */
        EXTRA_FOLDER,
        /** The front holds a folder the back lacks. */
        MISSING_FOLDER
    }

    /**
     * The record of the site {@code old}, kept as the back of the site {@code now} that replaced it,
     * where {@code kept} are the files {@code now} shares with {@code old} (carried or unchanged, linked).
     */
    static BackRecord of(SiteListing old, SiteListing now, Set<String> kept) {
        Map<String, Difference> entries = new HashMap<>();
        for (String f : now.files()) {
            if (!kept.contains(f)) {
                entries.put(f, old.files().contains(f) ? Difference.CHANGED : Difference.MISSING);
            }
        }
        for (String f : old.files()) {
            if (!now.files().contains(f)) {
                entries.put(f, Difference.EXTRA);
            }
        }
        for (String d : old.folders()) {
            if (!now.folders().contains(d)) {
                entries.put(d + "/", Difference.EXTRA_FOLDER);
            }
        }
        for (String d : now.folders()) {
            if (!old.folders().contains(d)) {
                entries.put(d + "/", Difference.MISSING_FOLDER);
            }
        }
        return new BackRecord(now.identity(), entries);
    }

    /**
     * Whether this record describes a back of exactly {@code front}: it names the front's identity, the
     * front holds nothing but files and folders, and every entry agrees with the front's listing (a
     * changed or missing file is one the front has; an extra one is not, and its path stays inside).
     */
    boolean fits(SiteListing front) {
        if (front == null || !front.plain() || !front.identity().equals(this.front)) {
            return false;
        }
        for (Map.Entry<String, Difference> e : entries.entrySet()) {
            String key = e.getKey();
            boolean folder = key.endsWith("/");
            String path = folder ? key.substring(0, key.length() - 1) : key;
            boolean ok = switch (e.getValue()) {
                case CHANGED, MISSING -> !folder && front.files().contains(path);
                case EXTRA -> !folder && safe(path) && !front.files().contains(path);
                case EXTRA_FOLDER -> folder && safe(path) && !front.folders().contains(path);
                case MISSING_FOLDER -> folder && front.folders().contains(path);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** A relative path of plain names: nothing a damaged record names can reach outside the back. */
    static boolean safe(String path) {
        if (path.isEmpty() || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
            return false;
        }
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** Writes this record into the back folder {@code back}. */
    void write(Path back) throws IOException {
        try (DataOutputStream w = new DataOutputStream(new BufferedOutputStream(new FastGzip(
                Files.newOutputStream(back.resolve(FILE), StandardOpenOption.CREATE_NEW), 1 << 16)))) {
            w.writeInt(MAGIC);
            w.writeInt(VERSION);
            w.writeUTF(front);
            w.writeInt(entries.size());
            for (Map.Entry<String, Difference> e : new TreeMap<>(entries).entrySet()) {
                w.writeByte(e.getValue().ordinal());
                w.writeUTF(e.getKey());
            }
        }
    }

    /** The record inside the back folder {@code back}; null when it is missing, damaged or of another version. */
    static BackRecord read(Path back) {
        Path file = back.resolve(FILE);
        if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16)))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                return null;
            }
            String front = in.readUTF();
            Difference[] kinds = Difference.values();
            Map<String, Difference> entries = new HashMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                int kind = in.readUnsignedByte();
                if (kind >= kinds.length) {
                    return null;
                }
                entries.put(in.readUTF(), kinds[kind]);
            }
            // The end of the stream checks gzip's CRC-32: a damaged record is no record.
            return in.read() == -1 ? new BackRecord(front, entries) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
