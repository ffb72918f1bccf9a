/**
 * Package registries: who can ship a release under the project's package names (npm maintainers,
 * crates.io owners, PyPI's organisation and roles where its JSON API gives them).
 */
package org.levermap.collect.registry;
