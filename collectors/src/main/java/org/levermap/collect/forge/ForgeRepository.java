package org.levermap.collect.forge;

import java.util.List;
import org.levermap.model.ForgeKind;
import org.levermap.model.RepositoryAddress;

/**
 * A repository on a forge, read from its web URL ({@code https://github.com/owner/name},
 * {@code git@github.com:owner/name.git}).
 *
 * @param kind the forge
 * @param host the forge's host ({@code github.com}, {@code codeberg.org})
 * @param owner the owning account
 * @param name the repository name
 */
public record ForgeRepository(ForgeKind kind, String host, String owner, String name) {

    /** {@code owner/name}. */
    public String path() {
        return owner + "/" + name;
    }

    /** The repository named by a URL on a known forge, or null when the URL names none. */
    public static ForgeRepository parse(String url) {
        RepositoryAddress address = RepositoryAddress.parse(url).orElse(null);
        if (address == null) {
            return null;
        }
        String host = address.host();
        ForgeKind kind = kind(host);
        List<String> parts = address.segments();
        if (kind == null || parts.size() != 2) {
            return null;
        }
        String name = parts.get(1).endsWith(".git") ? parts.get(1).substring(0, parts.get(1).length() - 4) : parts.get(1);
        return name.isEmpty() ? null : new ForgeRepository(kind, host, parts.get(0), name);
    }

    private static ForgeKind kind(String host) {
        if (host.equals("github.com") || host.startsWith("github.")) {
            return ForgeKind.GITHUB;
        }
        if (host.equals("gitlab.com") || host.startsWith("gitlab.")) {
            return ForgeKind.GITLAB;
        }
        if (host.equals("codeberg.org") || host.startsWith("gitea.") || host.startsWith("forgejo.")) {
            return ForgeKind.FORGEJO;
        }
        return null;
    }
}
