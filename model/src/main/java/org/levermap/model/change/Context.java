package org.levermap.model.change;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.levermap.model.Alliance;
import org.levermap.model.Evidence;
import org.levermap.model.assess.ActorDirectory;

/**
 * What the change rules need from outside the project.
 *
 * @param actors the actors
 * @param alliances by id
 * @param forks for each upstream project id, its forks and the day each appeared
 */
record Context(ActorDirectory actors, Map<String, Alliance> alliances, Map<String, List<Fork>> forks) {

    /**
     * A fork of a project and the day it appeared: its fork point's date in its first snapshot.
     *
     * @param project the fork's id
     * @param name the fork's display name
     * @param date the day it appeared
     * @param evidence the fork point
     */
    record Fork(String project, String name, LocalDate date, Evidence evidence) {
    }

    List<Fork> forksOf(String upstream) {
        return forks.getOrDefault(upstream, List.of());
    }
}
