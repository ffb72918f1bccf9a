package org.levermap.model.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.levermap.model.testing.Samples.day;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.snapshot;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.levermap.model.phrase.Arg;
import org.levermap.model.phrase.Phrase;

class NewForkRuleTest {

    @Test
    void aForkAppearingWithinTheStepIsNotable() {
        var forks = Map.of("p", List.of(new Context.Fork("f", "Fork", day("2024-02-10"), null),
                new Context.Fork("old", "Old", day("2020-01-01"), null)));
        List<Change> changes = new NewForkRule().changes(Steps.of(project("p"), snapshot("p", "2024-01-31").build(),
                snapshot("p", "2024-02-29").build(), List.of(), forks));
        assertEquals(1, changes.size());
        assertEquals(Severity.NOTABLE, changes.get(0).severity());
        assertEquals(new Arg.Text("f"), changes.get(0).subject());
        assertEquals(Phrase.of(ChangeText.FORKED).text("fork", "Fork").text("upstream", "P")
                .day("on", java.time.LocalDate.parse("2024-02-10")), changes.get(0).summary());
    }
}
