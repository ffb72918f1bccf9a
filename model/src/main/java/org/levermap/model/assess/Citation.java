package org.levermap.model.assess;

import org.levermap.model.CuratedFact;
import org.levermap.model.Evidence;
import org.levermap.model.phrase.Phrase;

/**
 * What a judgement rests on: a curated source (a URL or {@code repository:path@commit}) or collected
 * evidence (a commit, path and line in the project's repository). Exactly one of the two is set.
 *
 * @param label what the citation shows, as a statement worded at the edge (a {@link CitationText})
 * @param source a curated fact's source
 * @param evidence collected evidence
 */
public record Citation(Phrase label, String source, Evidence evidence) {

    public Citation {
        if ((source == null) == (evidence == null)) {
            throw new IllegalArgumentException("a citation has a source or evidence, exactly one");
        }
    }

    /** Cites a curated fact by its source. */
    public static Citation of(Phrase label, CuratedFact fact) {
        return new Citation(label, fact.source(), null);
    }

    /** Cites collected evidence. */
    public static Citation of(Phrase label, Evidence evidence) {
        return new Citation(label, null, evidence);
    }
}
