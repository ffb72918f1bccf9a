package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.levermap.model.testing.Samples.held;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.snapshot;
import static org.levermap.model.testing.Samples.value;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.model.DocumentKind;
import org.levermap.model.phrase.Arg;
import org.levermap.model.phrase.Phrase;

class DisagreementQuestionTest {

    private final DisagreementQuestion rule = new DisagreementQuestion();

    @Test
    void oneDeciderHasTheFinalSay() {
        Answer a = rule.answer(Judge.facts(project("p", Lever.DECISIONS, held("alice"))));
        assertEquals(AnswerStatus.SINGLE_ACTOR, a.status());
        assertEquals(Phrase.of(PhraseKey.DECISIONS_SOLE).actor("holder", "alice"), a.summary());
    }

    @Test
    void aDocumentedBodyIsClear() {
        Answer a = rule.answer(Judge.facts(project("p", Lever.DECISIONS, value("the steering council, by vote"))));
        assertEquals(AnswerStatus.CLEAR, a.status());
        assertEquals(Phrase.of(PhraseKey.DECISIONS_SHARED).several("holders",
                List.of(new Arg.Text("the steering council, by vote")), Arg.Joint.SEMICOLON), a.summary());
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
