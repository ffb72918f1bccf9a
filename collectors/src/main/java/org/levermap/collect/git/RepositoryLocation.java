package org.levermap.collect.git;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.eclipse.jgit.transport.URIish;

/**
 * Where a project's repository is, as {@code repository:} in project.yaml gives it: a remote URL
 * ({@code https://…}, {@code ssh://…}, {@code git@host:path}, {@code file://…}) or a local path,
 * relative to the data repository root or absolute.
 *
 * @param given the text of project.yaml
 * @param remote the URL of a remote repository, null for a local path
 * @param local the local path, null for a remote
 */
public record RepositoryLocation(String given, URIish remote, Path local) {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");
    private static final Pattern SCP = Pattern.compile("^[\\w.-]+@[\\w.-]+:.*");

    /**
     * Reads {@code given}; a relative path is resolved against {@code dataRoot}.
     *
     * @throws IllegalArgumentException if it is neither a URL nor a path
     */
    public static RepositoryLocation parse(String given, Path dataRoot) {
        String s = given.strip();
        if (SCHEME.matcher(s).matches() || SCP.matcher(s).matches()) {
            try {
                return new RepositoryLocation(given, new URIish(s), null);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("'" + given + "' is not a valid repository URL: " + e.getReason());
            }
        }
        try {
            Path p = Path.of(s);
            return new RepositoryLocation(given, null, p.isAbsolute() ? p : dataRoot.resolve(p).normalize());
        } catch (java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException("'" + given + "' is neither a repository URL nor a path");
        }
    }

    /** Whether the repository is remote (and read through the cache). */
    public boolean isRemote() {
        return remote != null;
    }
}
