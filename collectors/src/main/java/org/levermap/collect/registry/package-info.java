/**
 * Package registries: who can ship a release under the project's package names (npm maintainers,
 * crates.io owners, PyPI's organisation and roles where its JSON API gives them), and who owns the
 * project's container images (the Docker Hub namespace and its account, the GHCR path's GitHub account).
 */
package org.levermap.collect.registry;
