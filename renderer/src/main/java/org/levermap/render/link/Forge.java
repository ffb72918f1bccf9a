package org.levermap.render.link;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A repository on a code forge, and the URLs of a commit and of a file line at a commit there.
 * GitHub, GitLab (gitlab.com and hosts named gitlab.*), Codeberg and other Gitea/Forgejo hosts,
 * Bitbucket and SourceHut are known; a repository elsewhere (or a local path) has no forge, and its
 * evidence is shown as text.
 */
public final class Forge {

    private enum Kind { GITHUB, GITLAB, GITEA, BITBUCKET, SOURCEHUT }

    /** https://host/owner/name, git@host:owner/name.git, ssh://git@host/owner/name.git; GitLab may nest groups. */
    private static final Pattern REMOTE = Pattern.compile(
            "^(?:https?://(?:[^@/]+@)?|ssh://(?:[^@/]+@)?|git@)([A-Za-z0-9.-]+)(?::\\d+)?[:/]((?:[A-Za-z0-9_.~-]+/)+[A-Za-z0-9_.-]+?)(?:\\.git)?/?$");
    private static final Pattern COMMIT = Pattern.compile("[0-9a-fA-F]{7,64}");

    private final Kind kind;
    private final String base;

    private Forge(Kind kind, String base) {
        this.kind = kind;
        this.base = base;
    }

    /** The forge of a repository location, when it is on a known one. */
    public static Optional<Forge> of(String repository) {
        if (repository == null) {
            return Optional.empty();
        }
        Matcher m = REMOTE.matcher(repository.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String host = m.group(1).toLowerCase(Locale.ROOT);
        String path = m.group(2);
        Kind kind;
        if (host.equals("github.com")) {
            kind = Kind.GITHUB;
        } else if (host.equals("gitlab.com") || host.startsWith("gitlab.")) {
            kind = Kind.GITLAB;
        } else if (host.equals("codeberg.org") || host.equals("gitea.com") || host.startsWith("gitea.")
                || host.startsWith("forgejo.")) {
            kind = Kind.GITEA;
        } else if (host.equals("bitbucket.org")) {
            kind = Kind.BITBUCKET;
        } else if (host.equals("git.sr.ht")) {
            kind = Kind.SOURCEHUT;
        } else {
            return Optional.empty();
        }
        if (kind != Kind.GITLAB && path.split("/").length != 2) {
            return Optional.empty();
        }
        return Optional.of(new Forge(kind, "https://" + host + "/" + path));
    }

    /** The repository's home page. */
    public String home() {
        return base;
    }

    /** The page of a commit, or null when {@code commit} is not a commit id. */
    public String commit(String commit) {
        if (commit == null || !COMMIT.matcher(commit).matches()) {
            return null;
        }
        return switch (kind) {
            case GITHUB, GITEA, SOURCEHUT -> base + "/commit/" + commit;
            case GITLAB -> base + "/-/commit/" + commit;
            case BITBUCKET -> base + "/commits/" + commit;
        };
    }

    /** A file (and line) as of a commit, or the commit when there is no path. */
    public String file(String commit, String path, Integer line) {
        if (path == null || path.isBlank()) {
            return commit(commit);
        }
        if (commit == null || !COMMIT.matcher(commit).matches()) {
            return null;
        }
        String p = encodePath(path);
        return switch (kind) {
            case GITHUB -> base + "/blob/" + commit + "/" + p + (line == null ? "" : "#L" + line);
            case GITLAB -> base + "/-/blob/" + commit + "/" + p + (line == null ? "" : "#L" + line);
            case GITEA -> base + "/src/commit/" + commit + "/" + p + (line == null ? "" : "#L" + line);
            case BITBUCKET -> base + "/src/" + commit + "/" + p + (line == null ? "" : "#lines-" + line);
            case SOURCEHUT -> base + "/tree/" + commit + "/item/" + p + (line == null ? "" : "#L" + line);
        };
    }

    private static String encodePath(String path) {
        StringBuilder out = new StringBuilder();
        for (String segment : path.replace('\\', '/').split("/")) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                continue;
            }
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return out.toString();
    }
}
