package org.levermap.collect.git;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.transport.URIish;
import org.levermap.collect.CollectException;
import org.levermap.collect.Progress;
import org.levermap.model.repo.Sha256;

/**
 * Bare clones of remote repositories, one per URL, under a cache folder
 * ({@code $XDG_CACHE_HOME/levermap/repos/<host>/<path>.git} by default). The first collection
 * clones; later ones fetch. A clone is made in a temporary folder and moved into place only when
 * complete, so an interrupted clone leaves nothing behind.
 */
public final class CloneCache {

    private static final RefSpec HEADS = new RefSpec("+refs/heads/*:refs/heads/*");
    private static final RefSpec TAGS = new RefSpec("+refs/tags/*:refs/tags/*");

    private final Path root;

    /** A cache whose clones live under {@code root}. */
    public CloneCache(Path root) {
        this.root = root;
    }

    /** The folder of the clone of {@code url}. */
    public Path folderFor(URIish url) {
        String host = url.getHost() == null ? "local" : url.getHost().toLowerCase(Locale.ROOT);
        String path = url.getPath() == null ? "" : url.getPath();
        path = path.replaceAll("\\.git/?$", "").replaceAll("/+$", "");
        StringBuilder rel = new StringBuilder(safe(host));
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                rel.append('/').append(safe(segment));
            }
        }
        boolean plain = url.getHost() != null && url.getPort() <= 0
                && (url.getUser() == null || url.getUser().equals("git")) && url.getPass() == null;
        if (!plain) {
            rel.append('-').append(hash(url.toPrivateString()));
        }
        return root.resolve(rel + ".git");
    }

    /**
     * The clone of {@code location}: cloned if absent, fetched if {@code fetch}, as it is otherwise.
     *
     * @throws CollectException if the remote cannot be reached or read
     */
    public OpenedRepository open(RepositoryLocation location, boolean fetch, Progress progress) throws CollectException {
        URIish url = location.remote();
        String display = url.toString();
        Path folder = folderFor(url);
        if (!Files.isDirectory(folder)) {
            cloneInto(url, folder, display, progress);
        } else if (fetch) {
            fetch(folder, url, display, progress);
        }
        return LocalRepositories.open(folder, display);
    }

    private static void cloneInto(URIish url, Path folder, String display, Progress progress) throws CollectException {
        Path temp = null;
        try {
            Files.createDirectories(folder.getParent());
            temp = Files.createTempDirectory(folder.getParent(), "." + folder.getFileName() + ".");
            progress.note("cloning " + display + " into " + folder);
            try (Git git = Git.cloneRepository().setURI(url.toPrivateString()).setBare(true)
                    .setDirectory(temp.toFile()).setCloneAllBranches(true).setTagOption(TagOpt.FETCH_TAGS)
                    .setProgressMonitor(new JGitProgress(progress)).call()) {
                git.getRepository().getConfig().setBoolean("levermap", null, "cache", true);
                git.getRepository().getConfig().save();
            }
            try {
                Files.move(temp, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, folder);
            }
            temp = null;
        } catch (GitAPIException | org.eclipse.jgit.api.errors.JGitInternalException e) {
            throw new CollectException(display + ": cannot clone: " + reason(e), e);
        } catch (IOException e) {
            throw new CollectException(display + ": cannot clone into " + folder + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    private static void fetch(Path folder, URIish url, String display, Progress progress) throws CollectException {
        try (Git git = Git.open(folder.toFile())) {
            Repository repo = git.getRepository();
            FetchResult result = git.fetch().setRemote(url.toPrivateString()).setRefSpecs(HEADS, TAGS)
                    .setRemoveDeletedRefs(true).setTagOpt(TagOpt.FETCH_TAGS)
                    .setProgressMonitor(new JGitProgress(progress)).call();
            // The remote may have changed its default branch.
            Ref head = result.getAdvertisedRef(Constants.HEAD);
            if (head != null && head.isSymbolic()) {
                RefUpdate update = repo.updateRef(Constants.HEAD);
                update.link(head.getTarget().getName());
            }
        } catch (GitAPIException | org.eclipse.jgit.api.errors.JGitInternalException e) {
            throw new CollectException(display + ": cannot fetch: " + reason(e)
                    + " (the clone in " + folder + " was left as it was; --offline collects from it without fetching)", e);
        } catch (IOException e) {
            throw new CollectException(display + ": the cached clone in " + folder + " cannot be read (" + e.getMessage()
                    + "); delete that folder to clone again", e);
        }
    }

    /** The innermost message: JGit wraps transport errors several times. */
    private static String reason(Throwable e) {
        Throwable t = e;
        String message = e.getMessage();
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }

    private static String safe(String s) {
        String cleaned = s.replaceAll("[^A-Za-z0-9._-]", "_");
        return cleaned.equals(".") || cleaned.equals("..") || cleaned.isEmpty() ? "_" : cleaned;
    }

    private static String hash(String s) {
        return Sha256.hex(s, 4);
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // Best effort: a leftover temporary folder starts with a dot and is never read.
        }
    }
}
