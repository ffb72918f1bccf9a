package org.levermap.model.assess;

import java.util.List;
import org.levermap.model.phrase.Phrase;

/**
 * The actor holding most control levers of a project.
 *
 * @param actor the steward, a top-level group
 * @param levers the curated control levers it holds (alone or with others), weightiest first; empty
 *     when the steward was found otherwise
 * @param ownsRepository whether it owns the project's repository
 * @param reason why it is the steward, keyed by its reason code
 */
public record Steward(String actor, List<Lever> levers, boolean ownsRepository, Phrase reason) {

    public Steward {
        levers = List.copyOf(levers);
    }

    /** Why it is the steward, as a code. */
    public ReasonCode code() {
        return (ReasonCode) reason.key();
    }
}
