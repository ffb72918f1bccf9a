package org.levermap.render.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SitePathsTest {

    @Test
    void everyPageHasItsPlaceAndItsWayBackToTheRoot() {
        assertEquals("projects/x/2024-01-31.html", SitePaths.snapshot("x", LocalDate.of(2024, 1, 31)));
        assertEquals("changes/index.html", SitePaths.changes());
        // Change pages are counted from the oldest: the last is the entry page.
        assertEquals("changes/index.html", SitePaths.changes(4, 4));
        assertEquals("changes/page-3.html", SitePaths.changes(3, 4));
        assertEquals("changes/page-1.html", SitePaths.changes(1, 4));
        assertEquals("badges/x/flags.svg", SitePaths.badge("x", "flags", "svg"));
        assertEquals("", SitePaths.root("index.html"));
        assertEquals("../../", SitePaths.root(SitePaths.project("x")));
    }
}
