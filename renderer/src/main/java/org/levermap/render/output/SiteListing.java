package org.levermap.render.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
        // Keyed by path as BuildState always ordered its lines, so that the fingerprint stays the one recorded.
        TreeMap<Path, String> lines = new TreeMap<>();
        Map<String, String> stamps = new HashMap<>();
        TreeSet<String> folders = new TreeSet<>();
        boolean[] plain = {true};
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                if (!d.equals(dir)) {
                    folders.add(RelativePaths.slashed(dir, d));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                // As BuildState fingerprints its inputs: a link counts as what it points to, so that the
                // fingerprint of a site someone linked a file into is the one it always was.
                BasicFileAttributes a = attrs;
                if (attrs.isSymbolicLink()) {
                    plain[0] = false;
                    a = Files.exists(file) ? Files.readAttributes(file, BasicFileAttributes.class) : attrs;
                } else if (!attrs.isRegularFile()) {
                    plain[0] = false;
                }
                if (a.isRegularFile()) {
                    String relative = RelativePaths.of(dir, file);
                    String time = a.size() + "\t" + a.lastModifiedTime().toMillis();
                    lines.put(file, relative + "\t" + time + "\n");
                    if (!attrs.isSymbolicLink()) {
                        String slashed = relative.replace(dir.getFileSystem().getSeparator(), "/");
                        stamps.put(slashed, time + "\t" + a.fileKey());
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
        MessageDigest digest = Sha256.digest();
        lines.values().forEach(line -> digest.update(line.getBytes(StandardCharsets.UTF_8)));
        String fingerprint = HexFormat.of().formatHex(digest.digest());
        MessageDigest exact = Sha256.digest();
        exact.update((fingerprint + "\n" + (plain[0] ? "plain" : "other") + "\n").getBytes(StandardCharsets.UTF_8));
        for (String f : folders) {
            exact.update((f + "/\n").getBytes(StandardCharsets.UTF_8));
        }
        return new SiteListing(fingerprint, HexFormat.of().formatHex(exact.digest()), stamps, folders, plain[0]);
    }
}
