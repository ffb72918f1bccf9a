package org.levermap.model.assess;

import java.util.List;

/** Who can delete or rename the repository: the holders of the admin rights; undefined when undocumented. */
final class RepositoryQuestion implements QuestionRule {

    @Override
    public Question question() {
        return Question.REPOSITORY;
    }

    @Override
    public Answer answer(Facts facts) {
        Answer curated = fromLever(facts, Lever.ADMINS, "Only {} can delete or rename the repository.",
                "The admins can delete or rename the repository: {}.");
        // Issue 12: a curated lever completes or corrects the collected forge owner.
        CollectedLevers collected = new CollectedLevers(facts);
        Answer fromForge = collected.repository(question());
        if (curated != null) {
            return collected.completing(curated);
        }
        return fromForge != null ? fromForge : answer(AnswerStatus.UNDEFINED,
                "Who administers the repository is not documented.", List.of());
    }
}
