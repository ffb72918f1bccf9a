package org.levermap.model.assess;

import java.util.List;
import org.levermap.model.phrase.Phrase;

/**
 * The answer to one of the five questions.
 *
 * @param question which question
 * @param status clear, unclear, single actor or undefined
 * @param holders the actors (top-level groups) the answer names, in id order
 * @param summary the statement a reader can quote, as a key and arguments
 * @param evidence what the answer rests on
 * @param reason the rule's reason code, null where the rule gives none
 * @param wouldDecide for an unclear or undefined answer, the evidence that would settle it; else null
 */
public record Answer(Question question, AnswerStatus status, List<String> holders, Phrase summary,
        List<Citation> evidence, ReasonCode reason, Phrase wouldDecide) {

    public Answer {
        holders = List.copyOf(holders);
        evidence = List.copyOf(evidence);
    }

    /** An answer without a reason code. */
    public Answer(Question question, AnswerStatus status, List<String> holders, Phrase summary,
            List<Citation> evidence) {
        this(question, status, holders, summary, evidence, null, null);
    }
}
