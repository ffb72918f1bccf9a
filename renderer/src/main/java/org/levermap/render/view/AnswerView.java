package org.levermap.render.view;

import java.util.List;
import org.levermap.model.phrase.Phrase;

/**
 * One of the five questions, answered.
 *
 * @param keyword stable name of the question
 * @param question the question
 * @param status clear, unclear, single-actor or undefined
 * @param statusLabel the status for people
 * @param summary one sentence
 * @param holders the actors named
 * @param evidence what the answer rests on
 * @param reason the rule's reason code, or null
 * @param wouldDecide for an unclear or undefined answer, the evidence that would settle it, or null
 * @param summaryPhrase the summary as the model states it (key and arguments), for the JSON API
 * @param wouldDecidePhrase the same for {@code wouldDecide}, or null
 */
public record AnswerView(String keyword, String question, String status, String statusLabel, String summary,
        List<Ref> holders, List<ExtLink> evidence, String reason, String wouldDecide, Phrase summaryPhrase,
        Phrase wouldDecidePhrase) {
}
