package org.levermap.model.assess;

import org.levermap.model.phrase.Phrase;

/**
 * One reason for a verdict: a statement keyed by its stable {@link ReasonCode}, and for an undecided
 * verdict the evidence that would decide it. No words: the edge phrases both.
 *
 * @param text the reason; its key is the reason code, its arguments the evidence it names
 * @param wouldDecide for an {@code unknown} verdict, what evidence would decide it; null otherwise
 */
public record Reason(Phrase text, Phrase wouldDecide) {

    public Reason {
        if (text == null || !(text.key() instanceof ReasonCode)) {
            throw new IllegalArgumentException("a reason is keyed by a reason code");
        }
    }

    /** What the reason is, compared by views and the change engine. */
    public ReasonCode code() {
        return (ReasonCode) text.key();
    }

    /** A reason that decides. */
    static Reason of(Phrase text) {
        return new Reason(text, null);
    }

    /** The start of a reason's statement. */
    static Phrase code(ReasonCode code) {
        return Phrase.of(code);
    }
}
