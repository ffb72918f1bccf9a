package org.levermap.collect.git;

import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * A repository open for reading.
 *
 * @param repository the JGit repository
 * @param display how messages name it (the location as given)
 * @param shallowCommits the commits whose parents are missing in a shallow clone; empty when the
 *     history is complete
 */
public record OpenedRepository(Repository repository, String display, Set<ObjectId> shallowCommits)
        implements AutoCloseable {

    /** Whether history is incomplete. */
    public boolean shallow() {
        return !shallowCommits.isEmpty();
    }

    @Override
    public void close() {
        repository.close();
    }
}
