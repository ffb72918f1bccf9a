package org.levermap.collect.git;

import java.io.IOException;
import java.util.List;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.levermap.collect.CollectException;

/** Finds the branch whose first-parent line is the project's history, and its tip. */
public final class Branches {

    private Branches() {
    }

    /**
     * A branch and the commit it points to.
     *
     * @param name short name ({@code main}), or {@code HEAD} for a detached HEAD
     * @param tip its commit
     */
    public record Tip(String name, ObjectId tip) {
    }

    /**
     * The branch named {@code branch}, or the repository's default branch (what HEAD points to)
     * when {@code branch} is null.
     *
     * @throws CollectException if the repository has no commits or the branch does not exist
     */
    public static Tip resolve(Repository repository, String branch, String display) throws CollectException {
        try {
            if (repository.getRefDatabase().getRefs().isEmpty()) {
                throw new CollectException(display + ": the repository is empty (it has no commits yet)");
            }
            if (branch == null) {
                Ref head = repository.exactRef(Constants.HEAD);
                if (head == null) {
                    throw new CollectException(display + ": has no HEAD; name the branch with 'branch:' in project.yaml");
                }
                if (head.getObjectId() == null) {
                    String target = head.isSymbolic() ? head.getTarget().getName() : Constants.HEAD;
                    throw new CollectException(display + ": HEAD points to " + target + ", which has no commits;"
                            + " name the branch to read with 'branch:' in project.yaml (branches: " + branches(repository) + ")");
                }
                String name = head.isSymbolic() ? Repository.shortenRefName(head.getTarget().getName()) : Constants.HEAD;
                return new Tip(name, head.getObjectId());
            }
            for (String candidate : List.of(Constants.R_HEADS + branch, Constants.R_REMOTES + "origin/" + branch, branch)) {
                Ref ref = repository.exactRef(candidate);
                if (ref != null && ref.getObjectId() != null) {
                    return new Tip(branch, ref.getObjectId());
                }
            }
            throw new CollectException(display + ": has no branch '" + branch + "' (branches: " + branches(repository) + ")");
        } catch (IOException e) {
            throw new CollectException(display + ": cannot read its branches: " + e.getMessage(), e);
        }
    }

    private static String branches(Repository repository) throws IOException {
        List<String> names = repository.getRefDatabase().getRefsByPrefix(Constants.R_HEADS).stream()
                .map(r -> Repository.shortenRefName(r.getName())).sorted().limit(10).toList();
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
