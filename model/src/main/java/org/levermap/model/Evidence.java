package org.levermap.model;

/**
 * Where a collected fact was observed: a commit, and a path and line in it where there is one.
 *
 * @param commit full commit id
 * @param path file path in the repository at that commit
 * @param line 1-based line, when the fact is one line of the file
 */
public record Evidence(
        @Required String commit,
        String path,
        @Count Integer line) {
}
