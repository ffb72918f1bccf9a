package org.levermap.render.view;

import java.util.List;

/**
 * What levermap concludes about a project on one day.
 *
 * @param date the day, or null when judged on curated levers alone
 * @param model stable name of the governance model
 * @param modelLabel the model for people
 * @param reasons why
 * @param steward the steward, or null
 * @param stewardReason why it is the steward, or null
 * @param sole the levers one actor holds alone
 * @param answers the five questions
 * @param flags the red flags
 * @param fork the fork relation, or null
 * @param alliances alliances of the project or its steward on the day
 */
public record AssessmentView(String date, String model, String modelLabel, List<String> reasons,
        List<String> reasonCodes, Ref steward,
        String stewardReason, List<Sole> sole, List<AnswerView> answers, List<FlagView> flags, ForkView fork,
        List<Tie> alliances) {

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
