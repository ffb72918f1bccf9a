package org.levermap.model.assess;

import java.util.List;

/**
 * What happens in a serious disagreement: whoever holds the final decisions (single actor or clear);
 * else unclear when a governance document exists (levermap cannot read the process it describes);
 * else undefined, which in practice means a fork.
 */
final class DisagreementQuestion implements QuestionRule {

    @Override
    public Question question() {
        return Question.DISAGREEMENT;
    }

    @Override
    public Answer answer(Facts facts) {
        Answer curated = fromLever(facts, Lever.DECISIONS, PhraseKey.DECISIONS_SOLE, PhraseKey.DECISIONS_SHARED);
        if (curated != null) {
            return curated;
        }
        List<Citation> governance = AdminAccessQuestion.governanceDocuments(facts);
        if (!governance.isEmpty()) {
            return answer(AnswerStatus.UNCLEAR, PhraseKey.DISAGREEMENT_GOVERNANCE_DOCUMENT, governance);
        }
        return answer(AnswerStatus.UNDEFINED, PhraseKey.DISAGREEMENT_UNDOCUMENTED, List.of());
    }
}
