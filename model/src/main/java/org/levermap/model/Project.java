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
 * @param forge the repository's page on its forge ({@code https://github.com/owner/name}), when
 *     {@code repository} is not it (a local path, a mirror)
 * @param hub the model or dataset on the Hugging Face Hub: {@code owner/name} or its URL
 * @param packages the package names the project publishes
 * @param images the container images the project publishes, as references
 *     ({@code docker.io/org/name}, {@code org/name} on Docker Hub, {@code ghcr.io/owner/name}); see {@link ImageRef}
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
        List<Event> events,
        String forge,
        String hub,
        List<PackageRef> packages,
        List<String> images) {

    public Project {
        levers = levers == null ? Levers.NONE : levers;
        events = Lists.of(events);
        packages = Lists.of(packages);
        images = Lists.of(images);
    }

    /** A project naming no container image. */
    public Project(String id, String name, ProjectKind kind, String description, String repository, String branch,
            String website, String upstream, Levers levers, List<Event> events, String forge, String hub,
            List<PackageRef> packages) {
        this(id, name, kind, description, repository, branch, website, upstream, levers, events, forge, hub, packages,
                null);
    }

    /** A project naming no platform beyond its repository and website. */
    public Project(String id, String name, ProjectKind kind, String description, String repository, String branch,
            String website, String upstream, Levers levers, List<Event> events) {
        this(id, name, kind, description, repository, branch, website, upstream, levers, events, null, null, null, null);
    }
}
