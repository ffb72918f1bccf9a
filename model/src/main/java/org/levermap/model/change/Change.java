package org.levermap.model.change;

import java.time.LocalDate;
import java.util.List;
import org.levermap.model.assess.Citation;
import org.levermap.model.phrase.Arg;
import org.levermap.model.phrase.Phrase;

/**
 * One change between two consecutive snapshots of a project.
 *
 * @param project the project id
 * @param date the snapshot that shows the change
 * @param since the snapshot before it
 * @param kind what changed
 * @param severity info, notable or alert
 * @param subject what exactly, when the kind has many (a maintainer, a document, an alliance, the owners of a
 *     package), as a value or a statement the edge words; else null
 * @param from the value before (an actor's id, or a value shown as it is); null when there was none
 * @param to the value after, likewise; null when there is none
 * @param summary what changed, as a statement the edge puts into words
 * @param evidence the commits or sources that show it
 */
public record Change(
        String project,
        LocalDate date,
        LocalDate since,
        ChangeKind kind,
        Severity severity,
        Arg subject,
        Arg from,
        Arg to,
        Phrase summary,
        List<Citation> evidence) {

    public Change {
        evidence = List.copyOf(evidence);
    }
}
