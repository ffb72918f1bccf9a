package org.levermap.render.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.levermap.model.repo.Sha256;

/**
 * What a built site's folder holds, from one walk: its files (paths relative to the folder, with
 * {@code /}), its folders, and whether it holds anything else (a symbolic link, say: a site levermap
 * built never does). The {@link #fingerprint()} is the one {@link BuildState} and {@link PageRecord}
 * record (paths, sizes and modification times of the files); the {@link #identity()} adds the folders
 * and anything else, so that it names the folder exactly, as the back buffer's record needs (see
 * {@link BackRecord}).
 *
 * @param fingerprint paths, sizes and modification times of every regular file
 * @param identity the fingerprint, the folders, and whether anything else is there
 * @param stamps every regular file's size, modification time and file key (on Unix its device and inode):
 *     two equal stamps of a file system are one file
 * @param folders every folder below the top one
 * @param plain whether the folder holds only regular files and folders
 */
public record SiteListing(String fingerprint, String identity, Map<String, String> stamps, Set<String> folders,
        boolean plain) {

    /** Every regular file. */
    public Set<String> files() {
        return stamps.keySet();
    }

    /** The listing of {@code dir}, or null when it is not a folder. */
    public static SiteListing of(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Walk walk = new Walk(dir, true);
        walk.walk(dir);
        // Keyed by path as BuildState always ordered its lines, so that the fingerprint stays the one recorded.
        Map<Path, String> lines = walk.lines;
        Set<String> folders = new TreeSet<>(walk.folders);
        boolean plain = walk.plain;
        MessageDigest digest = Sha256.digest();
        lines.values().forEach(line -> digest.update(line.getBytes(StandardCharsets.UTF_8)));
        String fingerprint = HexFormat.of().formatHex(digest.digest());
        MessageDigest exact = Sha256.digest();
        exact.update((fingerprint + "\n" + (plain ? "plain" : "other") + "\n").getBytes(StandardCharsets.UTF_8));
        for (String f : folders) {
            exact.update((f + "/\n").getBytes(StandardCharsets.UTF_8));
        }
        return new SiteListing(fingerprint, HexFormat.of().formatHex(exact.digest()), walk.stamps, folders, plain);
    }

    /**
     * The lines {@link BuildState} fingerprints its inputs by: path from {@code base}, size and modification
     * time of every regular file below {@code dir} (a link as what it points to), in path order; from the
     * same walk as {@link #of}.
     */
    static java.util.Collection<String> fingerprintLines(Path base, Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of(); // a link to a folder is not walked into, as walkFileTree does not
        }
        Walk walk = new Walk(base, false);
        walk.walk(dir);
        return walk.lines.values();
    }

    /** A file's line of a fingerprint: its path, size and modification time (milliseconds). */
    static String fingerprintLine(String relative, BasicFileAttributes a) {
        return line(relative, sizeAndTime(a));
    }

    private static String line(String relative, String sizeAndTime) {
        return relative + "\t" + sizeAndTime + "\n";
    }

    private static String sizeAndTime(BasicFileAttributes a) {
        return a.size() + "\t" + a.lastModifiedTime().toMillis();
    }

    /**
     * One walk of a site folder, its subfolders listed in parallel: a site has a thousand folders and
     * tens of thousands of files, and each status is a system call that waits on the file system, so
     * two cores list it in about half the time of one. What it finds is what a walk with
     * {@link Files#walkFileTree} finds: links are not followed into, each entry's status is its own.
     */
    private static final class Walk {
        /** What the paths are relative to. */
        private final Path top;
        /** Whether the files' stamps and the folders are wanted too (else only the lines). */
        private final boolean listing;
        private final Map<Path, String> lines = new java.util.concurrent.ConcurrentSkipListMap<>();
        private final Map<String, String> stamps = new java.util.concurrent.ConcurrentHashMap<>();
        private final Set<String> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private volatile boolean plain = true;

        Walk(Path top, boolean listing) {
            this.top = top;
            this.listing = listing;
        }

        void walk(Path dir) throws IOException {
            try {
                folder(dir);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }

        void folder(Path folder) {
            List<Path> below = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                for (Path entry : entries) {
                    BasicFileAttributes attrs = Files.readAttributes(entry, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    if (attrs.isDirectory()) {
                        if (listing) {
                            folders.add(RelativePaths.slashed(top, entry));
                        }
                        below.add(entry);
                    } else {
                        file(entry, attrs);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            (below.size() > 1 ? below.parallelStream() : below.stream()).forEach(this::folder);
        }

        private void file(Path file, BasicFileAttributes attrs) throws IOException {
            // A link counts as what it points to (as a template or static file linked inside the data is
            // read), so that the fingerprint of a site someone linked a file into is the one it always was.
            BasicFileAttributes a = attrs;
            if (attrs.isSymbolicLink()) {
                plain = false;
                a = Files.exists(file) ? Files.readAttributes(file, BasicFileAttributes.class) : attrs;
            } else if (!attrs.isRegularFile()) {
                plain = false;
            }
            if (a.isRegularFile()) {
                String relative = RelativePaths.of(top, file);
                String time = sizeAndTime(a);
                lines.put(file, line(relative, time));
                if (listing && !attrs.isSymbolicLink()) {
                    stamps.put(RelativePaths.slashed(top, relative), time + "\t" + a.fileKey());
                }
            }
        }
    }
}
