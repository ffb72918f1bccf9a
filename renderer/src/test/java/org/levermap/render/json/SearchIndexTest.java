package org.levermap.render.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.render.view.FlagView;
import org.levermap.render.view.IndexPage;
import org.levermap.render.view.ProjectRow;
import org.levermap.render.view.Ref;

class SearchIndexTest {

    @Test
    void oneEntryPerRowWithLowerCaseSearchText() {
        ProjectRow row = new ProjectRow(new Ref("w", "Widget </script>", "projects/w/index.html"), "software", "MIT",
                "permissive", "corporate-led", "Corporate-led", new Ref("acme", "Acme", "actors/acme.html"),
                List.of(new FlagView("cla", "CLA", "…")), null, "2023-01-31", "2024-01-31", null);
        String js = new String(SearchIndex.script(new IndexPage(List.of(row), List.of(), List.of(), List.of(),
                List.of(), List.of())), StandardCharsets.UTF_8);
        assertTrue(js.startsWith("window.LEVERMAP_INDEX = [{\"id\":\"w\",\"model\":\"corporate-led\""), js);
        assertTrue(js.contains("\"text\":\"w widget \\u003C/script\\u003E corporate-led software mit permissive acme cla\""),
                js);
        assertEquals(';', js.strip().charAt(js.strip().length() - 1));
    }
}
