package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.levermap.model.testing.Samples.held;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.snapshot;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.model.LicenseFamily;

class LicenseQuestionTest {

    private final LicenseQuestion rule = new LicenseQuestion();

    @Test
    void oneCuratedHolderIsASingleActor() {
        Answer a = rule.answer(Judge.facts(project("p", Lever.LICENSE_CHANGE, held("acme"))));
        assertEquals(AnswerStatus.SINGLE_ACTOR, a.status());
        assertEquals(List.of("acme"), a.holders());
        assertEquals("Only Acme can change the license.", a.summary());
        assertEquals("https://example.org/acme", a.evidence().get(0).source());
    }

    @Test
    void severalCuratedHoldersAreClear() {
        Answer a = rule.answer(Judge.facts(project("p", Lever.LICENSE_CHANGE, held("acme"), held("globex"))));
        assertEquals(AnswerStatus.CLEAR, a.status());
        assertEquals("The right to change the license is held by Acme and Globex.", a.summary());
    }

    @Test
    void aClaWithOneCopyrightHolderLetsThatHolderRelicense() {
        var s = snapshot("p", "2024-01-31").copyright("Apache-2.0", LicenseFamily.PERMISSIVE, "acme")
                .terms(true, null).build();
        Answer a = rule.answer(Judge.facts(project("p"), s));
        assertEquals(AnswerStatus.SINGLE_ACTOR, a.status());
        assertTrue(a.evidence().stream().anyMatch(c -> c.label().equals("CLA")), a.evidence().toString());
    }

    @Test
    void aClaWithUnknownHoldersIsUnclear() {
        var s = snapshot("p", "2024-01-31").license("MIT", LicenseFamily.PERMISSIVE).terms(true, null).build();
        assertEquals(AnswerStatus.UNCLEAR, rule.answer(Judge.facts(project("p"), s)).status());
    }

    @Test
    void noClaMeansEveryHolderMustAgree() {
        var s = snapshot("p", "2024-01-31").copyright("GPL-3.0-only", LicenseFamily.STRONG_COPYLEFT, "acme")
                .terms(false, 0.9).build();
        Answer a = rule.answer(Judge.facts(project("p"), s));
        assertEquals(AnswerStatus.CLEAR, a.status());
        assertTrue(a.summary().contains("consent of all copyright holders (Acme among them)"), a.summary());
    }

    @Test
    void nothingKnownIsUndefined() {
        assertEquals(AnswerStatus.UNDEFINED, rule.answer(Judge.facts(project("p"))).status());
    }
}
