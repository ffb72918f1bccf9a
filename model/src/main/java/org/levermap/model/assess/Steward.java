package org.levermap.model.assess;

import java.util.List;

/**
 * The actor holding most control levers of a project.
 *
 * @param actor the steward, a top-level group
 * @param levers the curated control levers it holds (alone or with others), weightiest first; empty
 *     when the steward was found otherwise
 * @param ownsRepository whether it owns the project's repository
 * @param code why it is the steward
 * @param reason one sentence explaining the choice
 */
public record Steward(String actor, List<Lever> levers, boolean ownsRepository, ReasonCode code, String reason) {

    public Steward {
        levers = List.copyOf(levers);
    }
}
