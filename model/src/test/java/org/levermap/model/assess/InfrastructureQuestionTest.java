package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.levermap.model.testing.Samples.held;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.snapshot;

import org.junit.jupiter.api.Test;

class InfrastructureQuestionTest {

    private final InfrastructureQuestion rule = new InfrastructureQuestion();

    @Test
    void oneProviderIsASingleActor() {
        assertEquals(AnswerStatus.SINGLE_ACTOR,
                rule.answer(Judge.facts(project("p", Lever.INFRASTRUCTURE, held("acme")))).status());
    }

    @Test
    void severalProvidersAreClear() {
        assertEquals(AnswerStatus.CLEAR, rule.answer(Judge.facts(project("p", Lever.INFRASTRUCTURE, held("acme"),
                held("openfound")))).status());
    }

    @Test
    void fundersWithoutInfrastructureAreUnclear() {
        Answer a = rule.answer(Judge.facts(project("p", Lever.FUNDING, held("globex"))));
        assertEquals(AnswerStatus.UNCLEAR, a.status());
    }

    @Test
    void aFundingFileIsUnclearAndCited() {
        var s = snapshot("p", "2024-01-31").funding("github", "acme").build();
        Answer a = rule.answer(Judge.facts(project("p"), s));
        assertEquals(AnswerStatus.UNCLEAR, a.status());
        assertEquals(".github/FUNDING.yml", a.evidence().get(0).evidence().path());
    }

    @Test
    void nothingIsUndefined() {
        assertEquals(AnswerStatus.UNDEFINED, rule.answer(Judge.facts(project("p"))).status());
    }
}
