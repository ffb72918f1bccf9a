/**
 * Collectors: one per source (git history, forks and model lineage, manifests, license
 * identification), each turning what it reads into the facts of a {@link org.levermap.model.Snapshot}.
 */
package org.levermap.collect;
