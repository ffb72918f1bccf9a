package org.levermap.model;

/**
 * The package registries levermap asks who can publish a release under a name. npm, crates and pypi
 * are named in {@code project.yaml}'s {@code packages}; the container registries docker and ghcr come
 * from its {@code images} ({@link ImageRef}).
 */
public enum Registry implements Keyword {
    /** registry.npmjs.org. */
    NPM,
    /** crates.io. */
    CRATES,
    /** pypi.org. */
    PYPI,
    /** Docker Hub (docker.io): an image belongs to its namespace, a user or an organisation. */
    DOCKER,
    /** The GitHub Container Registry (ghcr.io): an image belongs to the GitHub account its path names. */
    GHCR;

    /** Whether {@code project.yaml} names this registry's images under {@code images} rather than {@code packages}. */
    public boolean containers() {
        return this == DOCKER || this == GHCR;
    }
}
