package org.levermap.render;

import java.util.List;
import java.util.Map;

/**
 * What a build did.
 *
 * @param upToDate true when nothing had changed since the last build and nothing was done
 * @param files files in the site
 * @param pages HTML pages among them
 * @param written files written with new bytes
 * @param unchanged files kept from the previous build because their bytes were the same
 * @param millis wall time of the build
 * @param warnings things the user should know (no base URL, ...)
 * @param phases milliseconds spent in each phase (load, assess, render, check, commit), in order
 * @param carried files carried over from the previous build without rendering, their inputs being
 *     unchanged (counted among {@code unchanged})
 */
public record BuildResult(boolean upToDate, int files, int pages, int written, int unchanged, long millis,
        List<String> warnings, Map<String, Long> phases, int carried) {

    public BuildResult {
        warnings = List.copyOf(warnings);
        phases = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(phases));
    }

    /** A build that carried nothing over. */
    public BuildResult(boolean upToDate, int files, int pages, int written, int unchanged, long millis,
            List<String> warnings, Map<String, Long> phases) {
        this(upToDate, files, pages, written, unchanged, millis, warnings, phases, 0);
    }
}
