package org.levermap.collect.lineage;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * A project's collected repository: where its objects are and the tip of its default branch.
 *
 * @param project the project id
 * @param repository the opened repository
 * @param tip the default branch's tip
 */
public record RepositoryRef(String project, Repository repository, ObjectId tip) {
}
