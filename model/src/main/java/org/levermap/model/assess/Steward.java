package org.levermap.model.assess;

import java.util.List;

/**
 * The actor holding most levers of a project.
 *
 * @param actor the steward, a top-level group
 * @param levers the levers it holds (alone or with others), weightiest first; empty when the steward
 *     was found by commits instead
 * @param reason one sentence explaining the choice
 */
public record Steward(String actor, List<Lever> levers, String reason) {

    public Steward {
        levers = List.copyOf(levers);
    }
}
