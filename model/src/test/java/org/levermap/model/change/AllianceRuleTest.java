package org.levermap.model.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.levermap.model.testing.Samples.day;
import static org.levermap.model.testing.Samples.held;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.snapshot;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.levermap.model.Alliance;
import org.levermap.model.phrase.Phrase;

class AllianceRuleTest {

    @Test
    void joiningIsInfoLeavingIsNotable() {
        var joined = new Alliance("new-club", "New club", null, null, null, null, List.of(
                new Alliance.Member(null, "p", null, day("2024-02-01"), null, "https://x.org")), null);
        var left = new Alliance("old-club", "Old club", null, null, null, null, List.of(
                new Alliance.Member(null, "p", null, day("2020-01-01"), day("2024-02-15"), "https://x.org")), null);
        List<Change> changes = new AllianceRule().changes(Steps.of(project("p"), snapshot("p", "2024-01-31").build(),
                snapshot("p", "2024-02-29").build(), List.of(joined, left), Map.of()));
        assertEquals(List.of(Phrase.of(ChangeText.ALLIANCE_JOINED).text("alliance", "New club"),
                Phrase.of(ChangeText.ALLIANCE_LEFT).text("alliance", "Old club")), changes.stream().map(Change::summary).toList());
        assertEquals(List.of(Severity.INFO, Severity.NOTABLE), changes.stream().map(Change::severity).toList());
    }

    @Test
    void aTieThroughTheStewardsParentIsNeverJoining() {
        // Acme Labs holds the name; its parent Acme joins the club: the project is tied through Acme.
        var club = new Alliance("club", "Club", null, null, null, null, List.of(
                new Alliance.Member("acme", null, null, day("2024-02-01"), null, "https://x.org")), null);
        var p = project("p", org.levermap.model.assess.Lever.BRAND, held("acme-labs"));
        List<Change> changes = new AllianceRule().changes(Steps.of(p, snapshot("p", "2024-01-31").build(),
                snapshot("p", "2024-02-29").build(), List.of(club), Map.of()));
        assertEquals(List.of(Phrase.of(ChangeText.ALLIANCE_TIED).text("alliance", "Club")
                .part("through", Phrase.of(ChangeText.THROUGH_STEWARD_PARENT).actor("member", "acme"))),
                changes.stream().map(Change::summary).toList());
    }
}
