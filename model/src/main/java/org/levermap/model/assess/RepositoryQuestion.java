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
        return curated != null ? curated : answer(AnswerStatus.UNDEFINED,
                "Who administers the repository is not documented.", List.of());
    }
}
