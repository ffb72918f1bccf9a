package org.levermap.model.ties;

import java.time.LocalDate;
import java.util.List;
import org.levermap.model.Keyword;

/**
 * An inferred tie between projects, for an analyst to confirm: never a fact, always shown as such,
 * with the figures it was inferred from.
 *
 * @param kind what the projects share
 * @param subject the organisation (actor id or email domain) or maintainer they share
 * @param ties each project with its figure
 */
public record TieCandidate(Kind kind, String subject, List<Tie> ties) {

    public TieCandidate {
        ties = List.copyOf(ties);
    }

    /** What was found shared. */
    public enum Kind implements Keyword {
        /** One organisation contributes a significant share of commits to each project. */
        SHARED_ORGANISATION,
        /** One person or account maintains each project. */
        SHARED_MAINTAINER
    }

    /**
     * One project's side of the tie.
     *
     * @param project the project id
     * @param snapshot the snapshot date the figure comes from
     * @param share the organisation's share of commits in that snapshot's window (null for maintainers)
     * @param commits its commits in that window (null for maintainers)
     * @param as how the subject appears in the project (organisation name as collected, maintainer as listed)
     */
    public record Tie(String project, LocalDate snapshot, Double share, Integer commits, String as) {
    }
}
