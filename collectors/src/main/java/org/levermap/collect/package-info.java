/**
 * Collectors: turn what a source holds into the facts of a {@link org.levermap.model.Snapshot}.
 *
 * <p>{@link org.levermap.collect.GitCollector} reads a project's git repository: its license and
 * every change of it, governance documents, maintainers, mergers, contribution terms, contributor
 * concentration and release signing, for any dates, from one walk over the history. The
 * sub-packages follow the pipeline: {@code git} reads repositories, {@code license} identifies
 * licenses and follows them, {@code manifest} reads governance files, {@code people} resolves
 * identities and computes contributor figures. Their public types serve this package; the API is
 * this package.
 */
package org.levermap.collect;
