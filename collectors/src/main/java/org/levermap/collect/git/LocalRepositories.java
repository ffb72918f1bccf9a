package org.levermap.collect.git;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FS;
import org.levermap.collect.CollectException;

/** Opens a repository on this machine: a bare one, or the {@code .git} of a working tree. */
public final class LocalRepositories {

    private LocalRepositories() {
    }

    /** The promisor remote of a partial clone, or null when the repository holds every object. */
    static String partialClone(Repository repository) {
        org.eclipse.jgit.lib.StoredConfig config = repository.getConfig();
        String promisor = config.getString("extensions", null, "partialclone");
        if (promisor != null) {
            return promisor;
        }
        for (String remote : config.getSubsections("remote")) {
            if (config.getBoolean("remote", remote, "promisor", false)) {
                return remote;
            }
        }
        return null;
    }

    /**
     * Opens the repository at {@code dir}.
     *
     * @param display how messages name it
     * @throws CollectException if the folder does not exist or holds no git repository
     */
    public static OpenedRepository open(Path dir, String display) throws CollectException {
        if (!Files.exists(dir)) {
            throw new CollectException(display + ": no such folder (" + dir + ")");
        }
        if (!Files.isDirectory(dir)) {
            throw new CollectException(display + ": not a folder, so not a git repository");
        }
        File gitDir = RepositoryCache.FileKey.resolve(dir.toFile(), FS.DETECTED);
        if (gitDir == null) {
            throw new CollectException(display + ": not a git repository (no .git folder, and not a bare repository)");
        }
        try {
            Repository repository = new FileRepositoryBuilder().setGitDir(gitDir).setMustExist(true).build();
            String promisor = partialClone(repository);
            if (promisor != null) {
                repository.close();
                throw new CollectException(display + ": a partial clone (made with --filter; its missing files are"
                        + " fetched from '" + promisor + "' on demand, which levermap does not do): levermap reads every"
                        + " license and governance file of the history. Clone it without --filter, or give levermap"
                        + " the repository's URL");
            }
            Set<ObjectId> shallow;
            try (ObjectReader reader = repository.newObjectReader()) {
                shallow = Set.copyOf(reader.getShallowCommits());
            }
            return new OpenedRepository(repository, display, shallow);
        } catch (IOException e) {
            throw new CollectException(display + ": cannot open the git repository: " + e.getMessage(), e);
        }
    }
}
