package org.levermap.render.link;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Decides whether text from a data repository may become a link. Only absolute {@code http} and
 * {@code https} URLs with a host qualify: {@code javascript:}, {@code data:}, {@code vbscript:},
 * relative and protocol-relative URLs, and anything with spaces or control characters stay text.
 */
public final class SafeUrl {

    private SafeUrl() {
    }

    /** The URL when it may be linked, else null. */
    public static String of(String candidate) {
        if (candidate == null) {
            return null;
        }
        String url = candidate.strip();
        if (url.isEmpty() || url.length() > 2048) {
            return null;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= 0x20 || c == 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' || c == '`') {
                return null;
            }
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
            return null;
        }
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                return null;
            }
        } catch (URISyntaxException e) {
            return null;
        }
        return url;
    }

    /** Whether the URL may be linked. */
    public static boolean isSafe(String candidate) {
        return of(candidate) != null;
    }
}
