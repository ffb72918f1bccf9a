package org.levermap.model.change;

import java.util.List;
import org.levermap.model.Keyword;
import org.levermap.model.Project;
import org.levermap.model.Snapshot;
import org.levermap.model.assess.Assessment;
import org.levermap.model.assess.Citation;
import org.levermap.model.phrase.Arg;
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

    /** A change observed in this step, between two values shown as they are (null: none). */
    Change change(ChangeKind kind, Severity severity, String subject, String from, String to, Phrase summary,
            List<Citation> evidence) {
        return change(kind, severity, text(subject), text(from), text(to), summary, evidence);
    }

    /** A change observed in this step, its subject and values typed (a count, a share, a statement; null: none). */
    Change change(ChangeKind kind, Severity severity, Arg subject, Arg from, Arg to, Phrase summary,
            List<Citation> evidence) {
        return new Change(project.id(), after.date(), before.date(), kind, severity, subject, from, to, summary,
                evidence);
    }

    /** A value shown as it is, or null. */
    static Arg text(String value) {
        return value == null ? null : new Arg.Text(value);
    }

    /** A statement as a value, or null. */
    static Arg part(Phrase value) {
        return value == null ? null : new Arg.Part(value);
    }

    /** A change observed in this step, from one term (an enum value the edge words) to another. */
    Change termChange(ChangeKind kind, Severity severity, String subject, Keyword from, Keyword to, Phrase summary,
            List<Citation> evidence) {
        return change(kind, severity, text(subject), new Arg.Term(from), new Arg.Term(to), summary, evidence);
    }

    /** A change observed in this step, from one actor to another (ids; null: none). */
    Change actorChange(ChangeKind kind, Severity severity, String subject, String from, String to, Phrase summary,
            List<Citation> evidence) {
        return change(kind, severity, text(subject), from == null ? null : new Arg.Actor(from),
                to == null ? null : new Arg.Actor(to), summary, evidence);
    }

    /** Whether {@code date} falls after the earlier snapshot and on or before the later one. */
    boolean within(java.time.LocalDate date) {
        return date != null && date.isAfter(before.date()) && !date.isAfter(after.date());
    }
}
