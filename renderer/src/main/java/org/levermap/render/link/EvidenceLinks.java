package org.levermap.render.link;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.levermap.model.Evidence;

/**
 * Turns evidence and curated sources into link targets: collected evidence points at the exact
 * commit, file and line on the project's forge; a curated source is its URL, or a
 * {@code repository:path@commit} resolved on that repository's forge.
 */
public final class EvidenceLinks {

    private static final Pattern REPOSITORY_PATH = Pattern.compile("^(.+):([^\\s:@]+)@([0-9a-f]{7,64})$");
    /** A site links the same repositories and sources on thousands of pages: each is parsed once per build. */
    private final Map<String, Optional<Forge>> forges = new ConcurrentHashMap<>();
    private final Map<String, Optional<String>> sources = new ConcurrentHashMap<>();

    /** Links for one build; thread-safe. */
    public EvidenceLinks() {
    }

    /** The URL of collected evidence in {@code repository}, or null when it is not on a forge. */
    public String of(String repository, Evidence evidence) {
        if (evidence == null) {
            return null;
        }
        // Forge URLs are built from a matched host and path, a hex commit and an encoded path: safe by construction.
        return forge(repository).map(f -> f.file(evidence.commit(), evidence.path(), evidence.line())).orElse(null);
    }

    /** How collected evidence reads as text: {@code path:line @ 0123abc}. */
    public static String text(Evidence evidence) {
        String commit = evidence.commit() == null ? "?" : evidence.commit().substring(0, Math.min(7,
                evidence.commit().length()));
        if (evidence.path() == null) {
            return "commit " + commit;
        }
        return evidence.path() + (evidence.line() == null ? "" : ":" + evidence.line()) + " @ " + commit;
    }

    /** The URL of a curated source, or null when it cannot be linked safely. */
    public String source(String source) {
        if (source == null) {
            return null;
        }
        return sources.computeIfAbsent(source, s -> Optional.ofNullable(resolveSource(s))).orElse(null);
    }

    /** The forge of a repository location, parsed once per location. */
    public Optional<Forge> forge(String repository) {
        if (repository == null) {
            return Optional.empty();
        }
        return forges.computeIfAbsent(repository, Forge::of);
    }

    private String resolveSource(String source) {
        String url = SafeUrl.of(source);
        Matcher m = REPOSITORY_PATH.matcher(source);
        if (m.matches()) {
            Optional<Forge> forge = forge(m.group(1));
            if (forge.isPresent()) {
                return SafeUrl.of(forge.get().file(m.group(3), m.group(2), null));
            }
        }
        return url;
    }
}
