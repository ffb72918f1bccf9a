package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.levermap.model.testing.Samples.at;
import static org.levermap.model.testing.Samples.held;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.snapshot;
import static org.levermap.model.testing.Samples.value;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.model.LicenseFamily;
import org.levermap.model.Project;
import org.levermap.model.Snapshot;
import org.levermap.model.phrase.Phrase;
import org.levermap.model.testing.Phrases;

class LicenseQuestionTest {

    private final LicenseQuestion rule = new LicenseQuestion();

    private Answer answer(Project p, Snapshot s) {
        return rule.answer(Judge.facts(p, s));
    }

    @Test
    void oneCuratedHolderIsASingleActor() {
        Answer a = rule.answer(Judge.facts(project("p", Lever.LICENSE_CHANGE, held("acme"))));
        assertEquals(AnswerStatus.SINGLE_ACTOR, a.status());
        assertEquals(ReasonCode.CURATED_HOLDER, a.reason());
        assertEquals(List.of("acme"), a.holders());
        assertEquals(Phrase.of(PhraseKey.LICENSE_SOLE).actor("holder", "acme"), a.summary());
        assertEquals("https://example.org/acme", a.evidence().get(0).source());
    }

    @Test
    void severalCuratedHoldersAreClearTogether() {
        Answer a = rule.answer(Judge.facts(project("p", Lever.LICENSE_CHANGE, held("acme"), held("globex"))));
        assertEquals(AnswerStatus.CLEAR, a.status());
        assertEquals(ReasonCode.CURATED_HOLDERS_TOGETHER, a.reason());
        assertEquals(Phrase.of(PhraseKey.LICENSE_TOGETHER).actors("holders", List.of("acme", "globex")), a.summary());
    }

    @Test
    void aCuratedNoteIsEvidenceNeverAHolder() {
        // A curated CLA line without a holder beside the licensor: the licensor alone, the note cited.
        var p = project("p", Lever.LICENSE_CHANGE, held("acme"), value("MIT licence, Copyright (c) Acme"));
        Answer a = rule.answer(Judge.facts(p));
        assertEquals(AnswerStatus.SINGLE_ACTOR, a.status());
        assertEquals(List.of("acme"), Phrases.values(a.summary()), "the note is no argument of the answer");
        assertEquals(2, a.evidence().size());
        // Two citations of one lever: each labelled by what it says, else by whom it names.
        assertEquals(Phrase.of(CitationText.LEVER_HOLDER).term("lever", Lever.LICENSE_CHANGE).actor("holder", "acme"),
                a.evidence().get(0).label());
        assertEquals(Phrase.of(CitationText.LEVER_VALUE).term("lever", Lever.LICENSE_CHANGE)
                .text("value", "MIT licence, Copyright (c) Acme"), a.evidence().get(1).label());
    }

    @Test
    void permissiveCodeIsRelicensableByWhoeverControlsTheRepository() {
        var p = at(project("p"), "https://github.com/acme/p", null);
        Answer a = answer(p, snapshot("p", "2024-01-31").copyright("BSD-3-Clause", LicenseFamily.PERMISSIVE, "acme")
                .terms(false, 0.0).build());
        assertEquals(AnswerStatus.SINGLE_ACTOR, a.status(), "BSD code in a vendor's organisation: the vendor alone");
        assertEquals(ReasonCode.PERMISSIVE_CONTROLLER, a.reason());
        assertEquals(List.of("acme"), a.holders());
    }

    @Test
    void permissiveCodeWithNoKnownControllerIsUnclearAndSaysWhatWouldDecide() {
        Answer a = answer(project("p"), snapshot("p", "2024-01-31").license("MIT", LicenseFamily.PERMISSIVE).build());
        assertEquals(AnswerStatus.UNCLEAR, a.status());
        assertEquals(ReasonCode.PERMISSIVE_CONTROLLER_UNKNOWN, a.reason());
        assertNotNull(a.wouldDecide());
    }

    @Test
    void copyleftWithoutAClaNeedsEveryHoldersConsentAndADcoGrantsNothing() {
        var s = snapshot("p", "2024-01-31").copyright("GPL-3.0-only", LicenseFamily.STRONG_COPYLEFT, "acme")
                .terms(false, 0.9).build();
        Answer a = answer(at(project("p"), "https://github.com/acme/p", null), s);
        assertEquals(AnswerStatus.CLEAR, a.status());
        assertEquals(ReasonCode.EVERY_HOLDER_CONSENTS, a.reason());
        assertEquals(List.of("acme"), Phrases.arg(Phrases.part(a.summary(), "among"), "holders"));
        assertEquals(PhraseKey.LICENSE_DCO_GRANTS_NOTHING, Phrases.part(a.summary(), "dco").key());
    }

    @Test
    void copyleftWithAClaGoesToItsCounterpartyAndAFoundationsClaToTheFoundation() {
        var s = snapshot("p", "2024-01-31").license("AGPL-3.0-only", LicenseFamily.NETWORK_COPYLEFT).terms(true, null)
                .build();
        Answer vendor = answer(at(project("p"), "https://github.com/acme/p", null), s);
        assertEquals(ReasonCode.CLA_COUNTERPARTY, vendor.reason());
        assertEquals(List.of("acme"), vendor.holders());
        assertTrue(vendor.evidence().stream().anyMatch(c -> c.label().equals(Phrase.of(CitationText.CLA))), vendor.evidence().toString());
        Answer foundation = answer(at(project("p", Lever.LEGAL_ENTITY, held("openfound")), "https://github.com/acme/p",
                null), s);
        assertEquals(List.of("openfound"), foundation.holders());
        Answer nobody = answer(project("p"), s);
        assertEquals(AnswerStatus.UNCLEAR, nobody.status());
        assertEquals(ReasonCode.CLA_COUNTERPARTY_UNKNOWN, nobody.reason());
    }

    @Test
    void anOrExpressionIsJudgedByItsLeastRestrictiveChoice() {
        // AGPL OR SSPL: AGPL is open to users, so the copyleft rule answers, not the licensor's.
        var s = snapshot("p", "2024-01-31").copyright("AGPL-3.0-only OR SSPL-1.0", LicenseFamily.SOURCE_AVAILABLE, "acme")
                .terms(false, 0.0).build();
        assertEquals(ReasonCode.EVERY_HOLDER_CONSENTS, answer(project("p"), s).reason());
    }

    @Test
    void aSourceAvailableLicenseIsItsLicensors() {
        var s = snapshot("p", "2024-01-31").copyright("BUSL-1.1", LicenseFamily.SOURCE_AVAILABLE, "acme").build();
        Answer a = answer(project("p"), s);
        assertEquals(ReasonCode.LICENSOR, a.reason());
        assertEquals(List.of("acme"), a.holders());
    }

    @Test
    void theOwnerOfAnUpstreamHoldsNoRightOverAForksLicense() {
        var fork = at(project("fork"), "https://github.com/forkers/fork", "up");
        var upstream = at(project("up"), "https://github.com/acme/up", null);
        var s = snapshot("fork", "2024-01-31").copyright("MPL-2.0", LicenseFamily.WEAK_COPYLEFT)
                .copyrightLine("The Fork Authors", null, 1).copyrightLine("Acme Inc.", "acme", 2).terms(false, 1.0).build();
        Answer a = rule.answer(new Facts(fork, s, s.date(), Judge.CAST, upstream));
        assertEquals(ReasonCode.EVERY_HOLDER_CONSENTS, a.reason());
        assertEquals(List.of(), a.holders(), "Acme's line came with the upstream's code");
        assertFalse(Phrases.values(a.summary()).contains("acme"), a.summary().toString());
    }

    @Test
    void copyrightLinesOfAThirdPartyTextAppendedToTheLicenseAreNotHolders() {
        var s = snapshot("p", "2024-01-31").copyright("BUSL-1.1", LicenseFamily.SOURCE_AVAILABLE)
                .copyrightLine("Globex Inc.", "globex", 3).copyrightLine("Acme Inc.", "acme", 210).build();
        Answer a = answer(project("p"), s);
        assertEquals(List.of("globex"), a.holders());
    }

    @Test
    void nothingKnownIsUndefinedAndSaysWhatWouldDecide() {
        Answer a = rule.answer(Judge.facts(project("p")));
        assertEquals(AnswerStatus.UNDEFINED, a.status());
        assertEquals(ReasonCode.LICENSE_UNKNOWN, a.reason());
        assertNotNull(a.wouldDecide());
    }
}
