package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.levermap.model.testing.Samples.held;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.snapshot;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.model.DocumentKind;
import org.levermap.model.phrase.Arg;
import org.levermap.model.phrase.Phrase;

class AdminAccessQuestionTest {

    private final AdminAccessQuestion rule = new AdminAccessQuestion();

    @Test
    void oneAdminChoosesAlone() {
        assertEquals(AnswerStatus.SINGLE_ACTOR, rule.answer(Judge.facts(project("p", Lever.ADMINS, held("alice"))))
                .status());
    }

    @Test
    void adminsWithAGovernanceDocumentAreClear() {
        var s = snapshot("p", "2024-01-31").documents(DocumentKind.GOVERNANCE).build();
        Answer a = rule.answer(Judge.facts(project("p", Lever.ADMINS, held("alice"), held("bob")), s));
        assertEquals(AnswerStatus.CLEAR, a.status());
        assertEquals("GOVERNANCE.md", a.evidence().get(a.evidence().size() - 1).evidence().path());
    }

    @Test
    void adminsWithoutAProcessAreUnclear() {
        Answer a = rule.answer(Judge.facts(project("p", Lever.ADMINS, held("alice"), held("bob"))));
        assertEquals(AnswerStatus.UNCLEAR, a.status());
        assertEquals(Phrase.of(PhraseKey.ADMINS_CHOICE_UNDOCUMENTED).part("admins", Phrase.of(PhraseKey.ADMINS_SHARED)
                .several("holders", List.of(new Arg.Actors(List.of("alice", "bob"))), Arg.Joint.SEMICOLON)), a.summary());
    }

    @Test
    void aGovernanceDocumentWithoutAdminsIsUnclear() {
        var s = snapshot("p", "2024-01-31").documents(DocumentKind.GOVERNANCE).build();
        assertEquals(AnswerStatus.UNCLEAR, rule.answer(Judge.facts(project("p"), s)).status());
    }

    @Test
    void nothingIsUndefined() {
        assertEquals(AnswerStatus.UNDEFINED, rule.answer(Judge.facts(project("p"))).status());
    }
}
