package org.levermap.collect.lineage;

import java.time.LocalDate;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Two projects that share history but declare no relation: a proposed fork relation, with its
 * evidence, for a person to adopt (as {@code upstream:} in the fork's project.yaml) or dismiss.
 *
 * @param fork the project proposed as the fork
 * @param upstream the project proposed as its upstream
 * @param sharedRoot a root commit both histories contain
 * @param forkPoint the newest commit of the fork's first-parent line that upstream contains
 * @param forkPointDate its date
 * @param why how the direction was chosen, in words
 */
public record ForkCandidate(String fork, String upstream, ObjectId sharedRoot, ObjectId forkPoint, LocalDate forkPointDate,
        String why) {
}
