package org.levermap.model.assess;

/**
 * One reason for a verdict: a stable code, the sentence that explains it, and for an undecided verdict
 * the evidence that would decide it.
 *
 * @param code what the reason is, compared by views and the change engine
 * @param text the reason in one sentence
 * @param wouldDecide for an {@code unknown} verdict, what evidence would decide it; null otherwise
 */
public record Reason(ReasonCode code, String text, String wouldDecide) {

    public Reason {
        if (code == null || text == null) {
            throw new IllegalArgumentException("a reason has a code and a text");
        }
    }

    /** A reason that decides. */
    static Reason of(ReasonCode code, String text) {
        return new Reason(code, text, null);
    }
}
