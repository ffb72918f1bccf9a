package org.levermap.collect.platform;

import java.util.List;
import org.levermap.model.PlatformFacts;

/**
 * What the platforms answered for one project.
 *
 * @param facts the observations, null when no source answered
 * @param failures one line per source (or part of one) that gave no answer, saying which and why
 */
public record PlatformResult(PlatformFacts facts, List<String> failures) {

    public PlatformResult {
        failures = List.copyOf(failures);
    }
}
