package org.levermap.model.assess;

import org.levermap.model.CuratedFact;
import org.levermap.model.Evidence;

/**
 * What a judgement rests on: a curated source (a URL or {@code repository:path@commit}) or collected
 * evidence (a commit, path and line in the project's repository). Exactly one of the two is set.
 *
 * @param label what the citation shows, in a few words
 * @param source a curated fact's source
 * @param evidence collected evidence
 */
public record Citation(String label, String source, Evidence evidence) {

    public Citation {
        if ((source == null) == (evidence == null)) {
            throw new IllegalArgumentException("a citation has a source or evidence, exactly one");
        }
    }

    /** Cites a curated fact by its source. */
    public static Citation of(String label, CuratedFact fact) {
        return new Citation(label, fact.source(), null);
    }

    /** Cites collected evidence. */
    public static Citation of(String label, Evidence evidence) {
        return new Citation(label, null, evidence);
    }
}
