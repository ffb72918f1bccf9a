package org.levermap.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LiveReloadTest {

    @Test
    void countsBuildsAndKeepsTheLastError() {
        LiveReload r = new LiveReload();
        r.failed("broken");
        assertEquals(0, r.build());
        assertEquals("broken", r.error());
        r.built();
        assertEquals(1, r.build());
        assertNull(r.error());
    }

    @Test
    void theScriptGoesBeforeTheEndOfTheBodyAndShowsErrorsAsText() {
        assertEquals("<body>x<script src=\"/__levermap/reload.js\" defer></script></body>", LiveReload.inject("<body>x</body>"));
        assertTrue(LiveReload.script().contains("textContent"));
        assertFalse(LiveReload.script().contains("innerHTML"));
    }
}
