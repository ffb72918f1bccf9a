package org.levermap.model.assess;

import java.util.List;
import org.levermap.model.CuratedFact;

/**
 * One lever held by one actor alone.
 *
 * @param lever the lever
 * @param actor the actor holding it, as a top-level group (a subsidiary counts as its parent)
 * @param facts the curated facts that say so
 */
public record Holding(Lever lever, String actor, List<CuratedFact> facts) {

    public Holding {
        facts = List.copyOf(facts);
    }
}
