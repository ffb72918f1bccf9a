package org.levermap.model.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.levermap.model.testing.Samples.day;
import static org.levermap.model.testing.Samples.project;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.model.phrase.Arg;
import org.levermap.model.phrase.Phrase;

class HistorySummaryTest {

    private static Change change(String date, ChangeKind kind, Severity severity) {
        return new Change("p", day(date), day(date).minusMonths(1), kind, severity, null, new Arg.Text("a"), new Arg.Text("b"), Phrase.of(ChangeText.CLA_DROPPED),
                List.of());
    }

    private static HistorySummary history(Change... newestFirst) {
        return new HistorySummary(project("p"), List.of(), null, null, List.of(newestFirst));
    }

    @Test
    void routineChangesNeverHideARecentLicenseChange() {
        Change license = change("2024-03-31", ChangeKind.LICENSE, Severity.ALERT);
        HistorySummary h = history(change("2024-06-30", ChangeKind.BUS_FACTOR, Severity.INFO),
                change("2024-05-31", ChangeKind.MAINTAINER, Severity.INFO), license);
        assertEquals(license, h.mostSevereRecent());
    }

    @Test
    void anOldAlertGivesWayToTheNewestChangeAfterAYear() {
        Change recent = change("2024-06-30", ChangeKind.MAINTAINER, Severity.INFO);
        assertEquals(recent, history(recent, change("2022-01-31", ChangeKind.LICENSE, Severity.ALERT)).mostSevereRecent());
    }

    @Test
    void amongEqualsTheNewestAndWithNoChangeNothing() {
        Change newer = change("2024-06-30", ChangeKind.CLA, Severity.NOTABLE);
        assertEquals(newer, history(newer, change("2024-05-31", ChangeKind.DCO, Severity.NOTABLE)).mostSevereRecent());
        assertNull(history().mostSevereRecent());
    }
}
