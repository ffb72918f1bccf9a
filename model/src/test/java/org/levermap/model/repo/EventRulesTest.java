package org.levermap.model.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.model.Event;
import org.levermap.model.EventKind;

class EventRulesTest {

    private static final String SCHISM = """
            id: widget
            name: Widget
            events:
              - date: 2024-03-28
                kind: schism
                title: Widget splits
                source: https://example.org/split
                parties:
                  - actor: acme
                    side: upstream
                    role: licensor
                  - project: widget-fork
                    side: fork
                    source: https://example.org/fork
                outcome:
                  date: 2025-05-01
                  summary: Both continue.
                  source: https://example.org/outcome
            """;

    @TempDir
    Path root;

    private RepositoryFiles files;

    @BeforeEach
    void repository() throws IOException {
        files = new RepositoryFiles(root);
        files.write("levermap.yaml", "title: Test report\n");
        files.write("actors/acme.yaml", "id: acme\nname: Acme\nkind: company\n");
        files.write("projects/widget-fork/project.yaml", "id: widget-fork\nname: Widget fork\nupstream: widget\n");
    }

    @Test
    void aSchismLoadsWithItsPartiesSidesAndOutcome() throws Exception {
        files.write("projects/widget/project.yaml", SCHISM);
        Event e = DataRepository.load(root).projects().get("widget").events().get(0);
        assertEquals(EventKind.SCHISM, e.kind());
        assertEquals(List.of(new Event.Party("acme", null, Event.Side.UPSTREAM, "licensor", null),
                new Event.Party(null, "widget-fork", Event.Side.FORK, null, "https://example.org/fork")), e.parties());
        assertEquals(new Event.Outcome(LocalDate.of(2025, 5, 1), "Both continue.", "https://example.org/outcome"),
                e.outcome());
    }

    @Test
    void anEventWithoutPartiesLoadsAsBefore() throws Exception {
        files.write("projects/widget/project.yaml", """
                id: widget
                name: Widget
                events:
                  - date: 2024-03-20
                    kind: license-change
                    title: Widget relicensed
                    source: https://example.org/l
                """);
        Event e = DataRepository.load(root).projects().get("widget").events().get(0);
        assertEquals(new Event(LocalDate.of(2024, 3, 20), EventKind.LICENSE_CHANGE, "Widget relicensed",
                "https://example.org/l", null), e);
        assertEquals(List.of(), e.parties());
    }

    @Test
    void aSchismNeedsBothSidesAndCheckedReferences() throws IOException {
        files.write("projects/widget/project.yaml", SCHISM.replace("side: fork", "side: neutral")
                .replace("actor: acme", "actor: acmee").replace("date: 2025-05-01", "date: 2023-05-01"));
        assertEquals(List.of(
                "projects/widget/project.yaml:9:7: a schism needs 'parties' on both sides:"
                        + " at least one 'side: upstream' and one 'side: fork'",
                "projects/widget/project.yaml:9:16: unknown actor 'acmee' (did you mean 'acme'?):"
                        + " no actors/<id>.yaml file defines it",
                "projects/widget/project.yaml:16:13: the outcome's 'date' (2023-05-01) is before the event's 'date'"
                        + " (2024-03-28)"),
                files.problems());
    }

    @Test
    void aPartyIsAnActorOrAProjectAndHasASideOnASchism() throws IOException {
        files.write("projects/widget/project.yaml", SCHISM.replace("    side: upstream\n", "    project: widget-fork\n"));
        assertEquals(List.of(
                "projects/widget/project.yaml:9:7: a schism needs 'parties' on both sides:"
                        + " at least one 'side: upstream' and one 'side: fork'",
                "projects/widget/project.yaml:9:9: a party is either an 'actor' or a 'project': give exactly one",
                "projects/widget/project.yaml:9:9: a party to a schism needs a 'side' (upstream, fork or neutral)"),
                files.problems());
    }
}
