package org.levermap.model;

import java.util.List;

/**
 * {@code projects/<id>/project.yaml}: a project's identity and the curated facts git cannot show.
 *
 * @param id equals the folder name
 * @param name display name
 * @param kind software, model, dataset or specification
 * @param description Markdown, one paragraph
 * @param repository a local path or a remote git URL the collectors read
 * @param branch the default branch, when it is not the repository's HEAD
 * @param website the project's home page
 * @param upstream the project this one was forked from, when it is a fork
 * @param levers curated holders of each lever, with sources
 * @param events dated curated events (license changes announced, forks, foundation moves)
 */
public record Project(
        @Required @Id String id,
        @Required String name,
        ProjectKind kind,
        String description,
        String repository,
        String branch,
        String website,
        @Id(Id.Kind.PROJECT) String upstream,
        Levers levers,
        List<Event> events) {

    public Project {
        levers = levers == null ? Levers.NONE : levers;
        events = Lists.of(events);
    }
}
