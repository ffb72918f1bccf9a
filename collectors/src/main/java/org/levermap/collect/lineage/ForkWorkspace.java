package org.levermap.collect.lineage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.levermap.model.repo.Sha256;

/**
 * A repository that sees the objects of a fork and of its upstream together without copying either:
 * an empty bare repository in the cache whose {@code objects/info/alternates} lists both object
 * folders. It is made once and reused by later runs.
 */
public final class ForkWorkspace {

    private ForkWorkspace() {
    }

    /**
     * Opens (creating it on first use) the combined repository for two git directories.
     *
     * @param forkGitDir the fork's git directory (a bare repository, or the {@code .git} of a work tree)
     * @param upstreamGitDir the upstream's git directory
     * @param cacheDir where combined repositories are kept, e.g. {@code $XDG_CACHE_HOME/levermap/lineage}
     */
    public static Repository open(Path forkGitDir, Path upstreamGitDir, Path cacheDir) throws IOException {
        Path forkObjects = objects(forkGitDir);
        Path upstreamObjects = objects(upstreamGitDir);
        String alternates = forkObjects + "\n" + upstreamObjects + "\n";
        Path dir = cacheDir.resolve(key(alternates) + ".git");
        Path alternatesFile = dir.resolve("objects/info/alternates");
        if (!Files.isRegularFile(alternatesFile)
                || !Files.readString(alternatesFile, StandardCharsets.UTF_8).equals(alternates)) {
            Files.createDirectories(alternatesFile.getParent());
            Files.createDirectories(dir.resolve("refs/heads"));
            Files.createDirectories(dir.resolve("refs/tags"));
            Files.writeString(dir.resolve("HEAD"), "ref: refs/heads/main\n");
            Files.writeString(dir.resolve("config"), "[core]\n\trepositoryformatversion = 0\n\tbare = true\n");
            Path temp = Files.createTempFile(alternatesFile.getParent(), "alternates", ".tmp");
            Files.writeString(temp, alternates, StandardCharsets.UTF_8);
            Files.move(temp, alternatesFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        return new FileRepositoryBuilder().setGitDir(dir.toFile()).setMustExist(true).build();
    }

    private static Path objects(Path gitDir) throws IOException {
        Path objects = gitDir.toAbsolutePath().normalize().resolve("objects");
        if (!Files.isDirectory(objects)) {
            throw new IOException(gitDir + " is not a git directory (it has no objects folder)");
        }
        return objects.toRealPath();
    }

    private static String key(String text) {
        return Sha256.hex(text, 12);
    }
}
