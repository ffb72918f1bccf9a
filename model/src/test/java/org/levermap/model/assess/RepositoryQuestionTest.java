package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.levermap.model.testing.Samples.at;
import static org.levermap.model.testing.Samples.held;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.value;

import org.junit.jupiter.api.Test;

class RepositoryQuestionTest {

    private final RepositoryQuestion rule = new RepositoryQuestion();

    @Test
    void oneAdminGroupIsASingleActor() {
        Answer a = rule.answer(Judge.facts(project("p", Lever.ADMINS, held("acme"), held("acme-labs"))));
        assertEquals(AnswerStatus.SINGLE_ACTOR, a.status());
        assertEquals("Only Acme can delete or rename the repository.", a.summary());
    }

    @Test
    void aBodyOfAdminsIsClear() {
        Answer a = rule.answer(Judge.facts(project("p", Lever.ADMINS, value("the 5 infrastructure team members"))));
        assertEquals(AnswerStatus.CLEAR, a.status());
        assertEquals("The admins can delete or rename the repository: the 5 infrastructure team members.", a.summary());
    }

    @Test
    void undocumentedAdminsAreUndefined() {
        assertEquals(AnswerStatus.UNDEFINED, rule.answer(Judge.facts(project("p"))).status());
    }

    @Test
    void withoutAdminsTheKnownActorWhoseAccountTheAddressNamesHoldsIt() {
        Answer a = rule.answer(Judge.facts(at(project("p"), "https://github.com/acme/p", null)));
        assertEquals(AnswerStatus.SINGLE_ACTOR, a.status());
        assertEquals("Only Acme can delete or rename the repository: its account acme owns it.", a.summary());
        assertEquals("https://github.com/acme/p", a.evidence().get(0).source());
    }

    @Test
    void anAccountNoActorClaimsStaysUndefined() {
        Answer a = rule.answer(Judge.facts(at(project("p"), "https://github.com/nobody-known/p", null)));
        assertEquals(AnswerStatus.UNDEFINED, a.status());
    }
}
