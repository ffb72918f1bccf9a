package org.levermap.render.view;

import java.util.List;
import org.levermap.model.phrase.Phrase;

/**
 * What levermap concludes about a project on one day.
 *
 * @param date the day, or null when judged on curated levers alone
 * @param model stable name of the governance model
 * @param modelLabel the model for people
 * @param reasons why, in words
 * @param reasonCodes the same reasons as codes, in the same order
 * @param wouldDecide for an unknown model, what evidence would decide it; else null
 * @param steward the steward, or null
 * @param stewardReason why it is the steward, or null
 * @param sole the levers one actor holds alone
 * @param answers the five questions
 * @param flags the red flags
 * @param fork the fork relation, or null
 * @param reasonPhrases the reasons as the model states them (key and arguments), for the JSON API
 * @param stewardPhrase the steward's reason likewise, or null
 * @param alliances the project's ties to alliances on the day: as a member, or through its steward or its
 *     steward's parent
 */
public record AssessmentView(String date, String model, String modelLabel, List<String> reasons,
        List<String> reasonCodes, String wouldDecide, Ref steward,
        String stewardReason, List<Sole> sole, List<AnswerView> answers, List<FlagView> flags, ForkView fork,
        List<Tie> alliances, List<Phrase> reasonPhrases, Phrase stewardPhrase) {

    /**
     * A lever held by one actor alone.
     *
     * @param lever the lever's label
     * @param actor the actor
     */
    public record Sole(String lever, Ref actor) {
    }

    /**
     * A tie to an alliance.
     *
     * @param alliance the alliance
     * @param via project (the project is a member), steward or steward-parent
     * @param member the member: the project, the steward, or the steward's parent
     */
    public record Tie(Ref alliance, String via, Ref member) {
    }
}
