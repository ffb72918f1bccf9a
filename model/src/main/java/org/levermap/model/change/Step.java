package org.levermap.model.change;

import java.util.List;
import org.levermap.model.Project;
import org.levermap.model.Snapshot;
import org.levermap.model.assess.Assessment;
import org.levermap.model.assess.Citation;
import org.levermap.model.phrase.Phrase;

/**
 * Two consecutive snapshots of a project and their assessments: what every change rule reads.
 *
 * @param project the project
 * @param before the earlier snapshot
 * @param after the later snapshot
 * @param was the assessment of {@code before}
 * @param is the assessment of {@code after}
 * @param context what lies outside the project: actors, alliances, forks
 */
record Step(Project project, Snapshot before, Snapshot after, Assessment was, Assessment is, Context context) {

    /** A change observed in this step. */
    Change change(ChangeKind kind, Severity severity, String subject, String from, String to, Phrase summary,
            List<Citation> evidence) {
        return new Change(project.id(), after.date(), before.date(), kind, severity, subject, from, to, summary,
                evidence);
    }

    /** Whether {@code date} falls after the earlier snapshot and on or before the later one. */
    boolean within(java.time.LocalDate date) {
        return date != null && date.isAfter(before.date()) && !date.isAfter(after.date());
    }

    /** An actor's display name. */
    String name(String actor) {
        return actor == null ? "none" : context.actors().name(actor);
    }
}
