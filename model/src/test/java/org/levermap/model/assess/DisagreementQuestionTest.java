package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.levermap.model.testing.Samples.held;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.snapshot;
import static org.levermap.model.testing.Samples.value;

import org.junit.jupiter.api.Test;
import org.levermap.model.DocumentKind;

class DisagreementQuestionTest {

    private final DisagreementQuestion rule = new DisagreementQuestion();

    @Test
    void oneDeciderHasTheFinalSay() {
        Answer a = rule.answer(Judge.facts(project("p", Lever.DECISIONS, held("alice"))));
        assertEquals(AnswerStatus.SINGLE_ACTOR, a.status());
        assertEquals("Alice has the final say.", a.summary());
    }

    @Test
    void aDocumentedBodyIsClear() {
        Answer a = rule.answer(Judge.facts(project("p", Lever.DECISIONS, value("the steering council, by vote"))));
        assertEquals(AnswerStatus.CLEAR, a.status());
        assertEquals("The final say rests with the steering council, by vote.", a.summary());
    }

    @Test
    void aGovernanceDocumentAloneIsUnclear() {
        var s = snapshot("p", "2024-01-31").documents(DocumentKind.GOVERNANCE).build();
        assertEquals(AnswerStatus.UNCLEAR, rule.answer(Judge.facts(project("p"), s)).status());
    }

    @Test
    void nothingIsUndefined() {
        assertEquals(AnswerStatus.UNDEFINED, rule.answer(Judge.facts(project("p"))).status());
    }
}
