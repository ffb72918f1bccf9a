package org.levermap.model.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.snapshot;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.model.phrase.Phrase;

class MaintainerRuleTest {

    @Test
    void joiningAndLeavingMaintainersAreInfo() {
        List<Change> changes = new MaintainerRule().changes(Steps.of(project("p"),
                snapshot("p", "2024-01-31").maintainers("Ann", "Ben").build(),
                snapshot("p", "2024-02-29").maintainers("ann", "Cy").build()));
        assertEquals(List.of(Phrase.of(ChangeText.MAINTAINER_ADDED).text("maintainer", "Cy"),
                Phrase.of(ChangeText.MAINTAINER_REMOVED).text("maintainer", "Ben")),
                changes.stream().map(Change::summary).toList());
        assertEquals("MAINTAINERS", changes.get(0).evidence().get(0).evidence().path());
        changes.forEach(c -> assertEquals(Severity.INFO, c.severity()));
    }
}
