package org.levermap.model.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.snapshot;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.model.phrase.Arg;
import org.levermap.model.phrase.Phrase;

class MergerRuleTest {

    @Test
    void joiningAndLeavingMergersAreInfo() {
        List<Change> changes = new MergerRule().changes(Steps.of(project("p"),
                snapshot("p", "2024-01-31").mergers("a@x.org", "b@x.org").build(),
                snapshot("p", "2024-02-29").mergers("a@x.org", "c@x.org").build()));
        assertEquals(List.of(new Arg.Text("c@x.org"), new Arg.Text("b@x.org")), changes.stream().map(Change::subject).toList());
        assertNull(changes.get(0).from(), "none");
        assertNull(changes.get(1).to(), "none");
    }

    @Test
    void oneMergeIsSingular() {
        List<Change> changes = new MergerRule().changes(Steps.of(project("p"),
                snapshot("p", "2024-01-31").merger("a@x.org", 2).build(),
                snapshot("p", "2024-02-29").merger("b@x.org", 1).build()));
        assertEquals(new Arg.Part(Phrase.of(ChangeText.MERGES_ONE).count("count", 1)), changes.get(0).to());
        assertEquals(new Arg.Part(Phrase.of(ChangeText.MERGES).count("count", 2)), changes.get(1).from());
    }
}
