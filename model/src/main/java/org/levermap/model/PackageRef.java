package org.levermap.model;

/**
 * A package a project publishes, in {@code project.yaml}: whoever can publish under this name can ship
 * a release users will install as the project's.
 *
 * @param registry npm, crates or pypi
 * @param name the package name in that registry
 */
public record PackageRef(
        @Required Registry registry,
        @Required String name) {
}
