package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.levermap.model.testing.Samples.at;
import static org.levermap.model.testing.Samples.held;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.value;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.model.phrase.Arg;
import org.levermap.model.phrase.Phrase;

class RepositoryQuestionTest {

    private final RepositoryQuestion rule = new RepositoryQuestion();

    @Test
    void oneAdminGroupIsASingleActor() {
        Answer a = rule.answer(Judge.facts(project("p", Lever.ADMINS, held("acme"), held("acme-labs"))));
        assertEquals(AnswerStatus.SINGLE_ACTOR, a.status());
        assertEquals(Phrase.of(PhraseKey.REPOSITORY_SOLE).actor("holder", "acme"), a.summary());
    }

    @Test
    void aBodyOfAdminsIsClear() {
        Answer a = rule.answer(Judge.facts(project("p", Lever.ADMINS, value("the 5 infrastructure team members"))));
        assertEquals(AnswerStatus.CLEAR, a.status());
        assertEquals(Phrase.of(PhraseKey.REPOSITORY_SHARED).several("holders",
                List.of(new Arg.Text("the 5 infrastructure team members")), Arg.Joint.SEMICOLON), a.summary());
    }

    @Test
    void undocumentedAdminsAreUndefined() {
        assertEquals(AnswerStatus.UNDEFINED, rule.answer(Judge.facts(project("p"))).status());
    }

    @Test
    void withoutAdminsTheKnownActorWhoseAccountTheAddressNamesHoldsIt() {
        Answer a = rule.answer(Judge.facts(at(project("p"), "https://github.com/acme/p", null)));
        assertEquals(AnswerStatus.SINGLE_ACTOR, a.status());
        assertEquals(Phrase.of(PhraseKey.REPOSITORY_BY_ADDRESS).actor("holder", "acme").text("account", "acme"),
                a.summary());
        assertEquals("https://github.com/acme/p", a.evidence().get(0).source());
    }

    @Test
    void anAccountNoActorClaimsStaysUndefined() {
        Answer a = rule.answer(Judge.facts(at(project("p"), "https://github.com/nobody-known/p", null)));
        assertEquals(AnswerStatus.UNDEFINED, a.status());
    }
}
