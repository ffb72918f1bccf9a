package org.levermap.model;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A repository's address as {@code project.yaml} writes it ({@code https://host/owner/name},
 * {@code ssh://…}, or git's {@code git@host:owner/name.git}), split into its host and path segments.
 * The one reader of addresses: the collectors find the forge to ask from it, the assessment the
 * account that owns the repository.
 *
 * @param host the host, lower-cased
 * @param segments the path's non-empty segments, in order
 */
public record RepositoryAddress(String host, List<String> segments) {

    public RepositoryAddress {
        segments = List.copyOf(segments);
    }

    /** The address split, or empty when it is blank or not a URL with a host and a path. */
    public static Optional<RepositoryAddress> parse(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        String text = address.trim();
        if (text.startsWith("git@")) {
            // git's scp-like form: the first colon separates host and path.
            text = "ssh://" + text.substring(4).replaceFirst(":", "/");
        }
        URI uri;
        try {
            uri = URI.create(text);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (uri.getHost() == null || uri.getPath() == null) {
            return Optional.empty();
        }
        List<String> segments = Arrays.stream(uri.getPath().split("/")).filter(s -> !s.isEmpty()).toList();
        return Optional.of(new RepositoryAddress(uri.getHost().toLowerCase(Locale.ROOT), segments));
    }
}
