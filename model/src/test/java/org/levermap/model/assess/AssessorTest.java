package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.levermap.model.testing.Samples.day;
import static org.levermap.model.testing.Samples.held;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.snapshot;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.model.Alliance;
import org.levermap.model.testing.Samples;

class AssessorTest {

    @Test
    void assessesModelStewardSoleLeversAnswersAndAlliances() {
        var alliance = new Alliance("club", "Club", null, null, null, null, List.of(
                new Alliance.Member("acme", null, null, day("2023-01-01"), null, "https://example.org/club"),
                new Alliance.Member("acme-labs", null, null, day("2023-01-01"), null, "https://example.org/club"),
                new Alliance.Member(null, "p", null, day("2025-01-01"), null, "https://example.org/club")), null);
        var assessor = new Assessor(Samples.cast(), List.of(alliance));
        var p = project("p", Lever.BRAND, held("acme"), Lever.ADMINS, held("acme"), held("alice"),
                Lever.LICENSE_CHANGE, held("acme"));
        Assessment a = assessor.assess(p, snapshot("p", "2024-01-31").build());
        assertEquals(GovernanceModel.CORPORATE_LED, a.model());
        assertEquals("acme", a.stewardId());
        assertEquals(List.of(Lever.BRAND, Lever.LICENSE_CHANGE), a.sole().stream().map(Holding::lever).toList());
        assertEquals(AnswerStatus.CLEAR, a.answer(Question.REPOSITORY).status());
        assertEquals(5, a.answers().size());
        assertEquals(List.of(new Membership("club", "acme", Membership.Via.STEWARD, alliance.members().get(0))),
                a.alliances(), "the steward is a member, the project not yet; a subsidiary's membership is its own");
        assertEquals(day("2024-01-31"), a.date());
    }

    @Test
    void aProjectIsTiedThroughItsStewardsParentNeverJoiningItself() {
        var alliance = new Alliance("club", "Club", null, null, null, null, List.of(
                new Alliance.Member("acme", null, null, day("2023-01-01"), null, "https://example.org/club")), null);
        var p = project("p", Lever.BRAND, held("acme-labs"));
        Assessment a = new Assessor(Samples.cast(), List.of(alliance)).assess(p, snapshot("p", "2024-01-31").build());
        assertEquals("acme", a.stewardId(), "a subsidiary's levers count as its parent's");
        assertEquals(List.of(Membership.Via.STEWARD_PARENT), a.alliances().stream().map(Membership::via).toList());
    }

    @Test
    void whoeverTheLicenseQuestionNamesAloneHoldsTheRightToChangeItAlone() {
        // A curated CLA note beside the holder does not make the right shared.
        var p = project("p", Lever.LICENSE_CHANGE, held("acme"), Samples.value("contributors sign a CLA"));
        Assessment a = new Assessor(Samples.cast(), List.of()).assess(p, null);
        assertEquals(List.of(new Holding(Lever.LICENSE_CHANGE, "acme", p.levers().licenseChange())), a.sole());
        assertEquals(List.of(Flag.LICENSE_SINGLE_ACTOR), a.flags());
    }

    @Test
    void withoutASnapshotOnlyFactsThatStillHoldCount() {
        var assessor = new Assessor(Samples.cast(), List.of());
        var p = project("p", Lever.BRAND, held("acme", "2010-01-01", "2020-01-01"), held("openfound", "2020-01-02", null));
        assertEquals(GovernanceModel.FOUNDATION, assessor.assess(p, null).model());
        assertEquals(GovernanceModel.CORPORATE_LED, assessor.assess(p, snapshot("p", "2015-01-01").build()).model());
    }
}
