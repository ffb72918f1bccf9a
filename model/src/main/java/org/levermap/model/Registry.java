package org.levermap.model;

/** The package registries levermap asks who can publish a release under a name. */
public enum Registry implements Keyword {
    /** registry.npmjs.org. */
    NPM,
    /** crates.io. */
    CRATES,
    /** pypi.org. */
    PYPI
}
