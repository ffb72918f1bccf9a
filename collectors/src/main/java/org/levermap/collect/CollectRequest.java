package org.levermap.collect;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.levermap.model.Actor;

/**
 * What to collect.
 *
 * @param project the project id
 * @param repository {@code repository:} of project.yaml: a URL, or a path relative to {@code dataRoot}
 * @param branch {@code branch:} of project.yaml, or null for the repository's default branch
 * @param dates the snapshot dates, any order, at least one
 * @param actors the data repository's actors, to resolve identities and holders
 * @param tool the collector's name and version, recorded in each snapshot
 * @param dataRoot the data repository root
 * @param upstream the upstream the project was forked from, null when it is not a fork
 */
public record CollectRequest(
        String project,
        String repository,
        String branch,
        List<LocalDate> dates,
        Collection<Actor> actors,
        String tool,
        Path dataRoot,
        Upstream upstream) {

    /** A request for a project that is not a fork. */
    public CollectRequest(String project, String repository, String branch, List<LocalDate> dates,
            Collection<Actor> actors, String tool, Path dataRoot) {
        this(project, repository, branch, dates, actors, tool, dataRoot, null);
    }

    /**
     * The upstream project a fork is compared with.
     *
     * @param project its id
     * @param repository its {@code repository:}
     * @param branch its {@code branch:}, or null for its default branch
     */
    public record Upstream(String project, String repository, String branch) {
    }

    public CollectRequest {
        if (dates.isEmpty()) {
            throw new IllegalArgumentException("a collection needs at least one date");
        }
        dates = dates.stream().distinct().sorted().toList();
        actors = List.copyOf(actors);
    }
}
