package org.levermap.model.repo;

/**
 * A streamed repository's snapshot files could not be read where no checked exception can say so (see
 * {@link DataRepository#snapshotsOf}): a file changed on disk after the build began, say. Whoever builds
 * from a streamed repository reports {@link #problems()} as it reports a {@link DataException}.
 */
public final class UnreadableSnapshots extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final DataException problems;

    public UnreadableSnapshots(DataException problems) {
        super(problems.getMessage(), problems, false, false);
        this.problems = problems;
    }

    /** The problems, located by file, line and column. */
    public DataException problems() {
        return problems;
    }
}
