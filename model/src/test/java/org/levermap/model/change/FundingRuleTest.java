package org.levermap.model.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.levermap.model.testing.Samples.held;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.snapshot;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.model.assess.Lever;
import org.levermap.model.phrase.Phrase;

class FundingRuleTest {

    @Test
    void fundersAndFundingAccounts() {
        var p = project("p", Lever.FUNDING, held("acme", null, "2024-02-01"), held("globex", "2024-02-02", null));
        List<Change> changes = new FundingRule().changes(Steps.of(p,
                snapshot("p", "2024-01-31").funding("github", "old").build(),
                snapshot("p", "2024-02-29").funding("github", "old", "open_collective", "new").build()));
        assertEquals(List.of(Phrase.of(ChangeText.FUNDER_ADDED).actor("funder", "globex"),
                Phrase.of(ChangeText.FUNDER_REMOVED).actor("funder", "acme"),
                Phrase.of(ChangeText.FUNDING_LINK_ADDED).text("account", "open_collective:new")),
                changes.stream().map(Change::summary).toList());
        assertEquals(List.of(Severity.INFO, Severity.NOTABLE, Severity.INFO),
                changes.stream().map(Change::severity).toList());
    }
}
