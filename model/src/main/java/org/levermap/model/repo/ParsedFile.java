package org.levermap.model.repo;

import java.util.List;
import java.util.Set;

/**
 * One file as read: its record (null when it could not be bound), where its values stand, and the
 * problems found so far, with the pointers of the values those problems concern.
 */
record ParsedFile<T extends Record>(String file, T value, SourceMap map, List<Problem> problems,
        Set<String> reported) {

    ParsedFile(String file, List<Problem> problems) {
        this(file, null, null, problems, Set.of());
    }

    /** Locates findings of later checks in this file. */
    void addAll(List<Finding> findings) {
        for (Finding f : findings) {
            problems.add(f.locate(file, map));
        }
    }
}
