package org.levermap.model.assess;

import java.util.List;

/**
 * The answer to one of the five questions.
 *
 * @param question which question
 * @param status clear, unclear, single actor or undefined
 * @param holders the actors (top-level groups) the answer names, in id order
 * @param summary one sentence a reader can quote
 * @param evidence what the answer rests on
 */
public record Answer(Question question, AnswerStatus status, List<String> holders, String summary,
        List<Citation> evidence) {

    public Answer {
        holders = List.copyOf(holders);
        evidence = List.copyOf(evidence);
    }
}
