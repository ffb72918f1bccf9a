package org.levermap.collect.forge;

import java.net.URI;
import java.util.Locale;
import org.levermap.model.ForgeKind;

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
        if (url == null || url.isBlank()) {
            return null;
        }
        String text = url.trim();
        if (text.startsWith("git@")) {
            text = "ssh://" + text.substring(4).replaceFirst(":", "/");
        }
        URI uri;
        try {
            uri = URI.create(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (uri.getHost() == null || uri.getPath() == null) {
            return null;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        ForgeKind kind = kind(host);
        String[] parts = uri.getPath().replaceAll("^/+|/+$", "").split("/");
        if (kind == null || parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            return null;
        }
        String name = parts[1].endsWith(".git") ? parts[1].substring(0, parts[1].length() - 4) : parts[1];
        return name.isEmpty() ? null : new ForgeRepository(kind, host, parts[0], name);
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
