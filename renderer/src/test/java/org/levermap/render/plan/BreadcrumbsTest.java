package org.levermap.render.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.render.view.PageMeta.Crumb;

class BreadcrumbsTest {

    @Test
    void fromThePlaceOfThePageInTheSite() {
        assertEquals(List.of(new Crumb("Projects", "index.html"), new Crumb("Redis", null)),
                Breadcrumbs.of("projects/redis/index.html", "Redis", id -> "Redis"));
        assertEquals(List.of(new Crumb("Projects", "index.html"), new Crumb("Redis", "projects/redis/index.html"),
                new Crumb("2024-03-31", null)), Breadcrumbs.of("projects/redis/2024-03-31.html", "x", id -> "Redis"));
        assertEquals("timeline", Breadcrumbs.of("projects/redis/timeline.html", "x", id -> "Redis").get(2).label());
        assertEquals(List.of(new Crumb("Actors", "actors/index.html"), new Crumb("Google", null)),
                Breadcrumbs.of("actors/google.html", "Google", id -> ""));
        assertEquals(List.of(new Crumb("Alliances", "alliances/index.html"), new Crumb("AI Alliance", null)),
                Breadcrumbs.of("alliances/ai-alliance.html", "AI Alliance", id -> ""));
        for (String top : List.of("index.html", "actors/index.html", "alliances/index.html", "forks/index.html",
                "changes/page-2.html", "404.html")) {
            assertEquals(List.of(), Breadcrumbs.of(top, "t", id -> ""), top);
        }
    }
}
