package org.levermap.render.output;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.levermap.model.repo.CodeVersion;
import org.levermap.model.repo.Sha256;
import org.levermap.model.repo.TempFiles;

/**
 * What a build was made from, so that a rebuild with nothing changed can stop early. The state is a
 * fingerprint of every input file (path, size, modification time), of levermap's own code and of the
 * build options, plus a fingerprint of the output as written; it is kept in the data repository's
 * {@code .cache/levermap/}, never in the site. A rebuild is skipped only when both still match.
 */
public final class BuildState {

    /** The data repository's folders and files a build reads. */
    static final List<String> INPUTS = List.of("levermap.yaml", "projects", "actors", "alliances", "templates", "static");

    private final Path stateFile;
    private final String inputs;

    private BuildState(Path stateFile, String inputs) {
        this.stateFile = stateFile;
        this.inputs = inputs;
    }

    /**
     * The state of a build of {@code root} into {@code out} with {@code options} (any text that
     * changes the output: base URL, build time).
     */
    public static BuildState of(Path root, Path out, String options, List<URL> code) throws IOException {
        MessageDigest digest = Sha256.digest();
        update(digest, "options\t" + options + "\n");
        for (URL c : code) {
            update(digest, "code\t" + CodeVersion.of(c) + "\n");
        }
        for (String input : INPUTS) {
            Path p = root.resolve(input);
            if (Files.isRegularFile(p)) {
                fingerprint(digest, root, p);
            } else if (Files.isDirectory(p)) {
                fingerprintTree(digest, root, p);
            }
        }
        Path abs = out.toAbsolutePath().normalize();
        String name = Sha256.hex(abs.toString(), 8);
        return new BuildState(root.resolve(".cache/levermap/build-" + name + ".state"),
                HexFormat.of().formatHex(digest.digest()));
    }

    /** Whether the recorded build had the same inputs and its output is still as it was written. */
    public boolean upToDate(Path out) {
        try {
            if (!Files.isRegularFile(stateFile) || !Files.isDirectory(out)) {
                return false;
            }
            List<String> lines = Files.readAllLines(stateFile, StandardCharsets.UTF_8);
            return lines.size() == 2 && lines.get(0).equals(inputs) && lines.get(1).equals(outputFingerprint(out));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Records the build just committed to {@code out}; a failure to record only costs the next rebuild.
     *
     * @return the fingerprint of the output as recorded (for {@link PageRecord}), or null when it could
     *     not be recorded
     */
    public String record(Path out) {
        try {
            return record(outputFingerprint(out));
        } catch (IOException e) {
            return null; // as below
        }
    }

    /**
     * Records the build just committed, whose output has the fingerprint {@code output} (as
     * {@link SiteListing#fingerprint()} gives it, from the walk {@link StagedOutput#commit()} made);
     * a failure to record only costs the next rebuild.
     *
     * @return {@code output} when recorded, else null
     */
    public String record(String output) {
        if (output == null) {
            forget();
            return null;
        }
        try {
            Files.createDirectories(stateFile.getParent());
            // A record killed between writing and renaming left its temporary file: nothing reads it.
            try (Stream<Path> files = Files.list(stateFile.getParent())) {
                for (Path f : files.filter(f -> f.getFileName().toString().matches("\\.state-?\\d+\\.tmp")).toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Path temp = TempFiles.createFile(stateFile.getParent(), ".state", ".tmp");
            Files.writeString(temp, inputs + "\n" + output + "\n", StandardCharsets.UTF_8);
            Files.move(temp, stateFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return output;
        } catch (IOException e) {
            // Read-only data repository: every rebuild is a full one, which is correct, only slower.
            return null;
        }
    }

    /** Forgets the recorded build (after a failed one), so the next build does the whole work. */
    public void forget() {
        try {
            Files.deleteIfExists(stateFile);
        } catch (IOException e) {
            // As above.
        }
    }

    /** Paths, sizes and modification times of every file under {@code out}. */
    static String outputFingerprint(Path out) throws IOException {
        SiteListing listing = SiteListing.of(out);
        if (listing == null) {
            throw new java.nio.file.NotDirectoryException(out.toString());
        }
        return listing.fingerprint();
    }

    /** Every regular file under {@code dir}, in path order, as {@link #fingerprint} gives it ({@link SiteListing}'s walk). */
    private static void fingerprintTree(MessageDigest digest, Path base, Path dir) throws IOException {
        for (String line : SiteListing.fingerprintLines(base, dir)) {
            update(digest, line);
        }
    }

    private static void fingerprint(MessageDigest digest, Path base, Path file) throws IOException {
        update(digest, SiteListing.fingerprintLine(RelativePaths.of(base, file),
                Files.readAttributes(file, BasicFileAttributes.class)));
    }

    private static void update(MessageDigest digest, String s) {
        digest.update(s.getBytes(StandardCharsets.UTF_8));
    }
}
