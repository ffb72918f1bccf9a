package org.levermap.model.repo;

import java.util.List;
import java.util.stream.Collectors;

/** A data repository, or one file of it, has problems a person must fix. Carries all of them. */
public final class DataException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** @param problems at least one problem, in the order they are to be shown */
    public DataException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a DataException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** An exception with {@code problems} sorted by file, line and column. */
    public static DataException sorted(List<Problem> problems) {
        return new DataException(YamlCodec.sorted(problems));
    }

    /** Every problem found, sorted by file, line and column. */
    public List<Problem> problems() {
        return problems;
    }
}
