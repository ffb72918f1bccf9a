package org.levermap.render.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ForkGraphLayoutTest {

    @Test
    void parentsSitAboveTheMiddleOfTheirForks() {
        Map<String, String> parents = new LinkedHashMap<>();
        parents.put("up", null);
        parents.put("a", "up");
        parents.put("b", "up");
        parents.put("b1", "b");
        parents.put("lone", null);
        ForkGraphLayout layout = new ForkGraphLayout(parents);
        var p = layout.positions();
        // Trees in root id order ("lone" before "up"), leaves in id order, parents centred.
        assertEquals(new ForkGraphLayout.Position(0, 0), p.get("lone"));
        assertEquals(new ForkGraphLayout.Position(1, 1), p.get("a"));
        assertEquals(new ForkGraphLayout.Position(2, 1), p.get("b"));
        assertEquals(new ForkGraphLayout.Position(2, 2), p.get("b1"));
        assertEquals(new ForkGraphLayout.Position(1.5, 0), p.get("up"));
        assertEquals(3, layout.columns());
        assertEquals(3, layout.depth());
    }

    @Test
    void aCycleIsCutAndLaidOut() {
        Map<String, String> parents = new LinkedHashMap<>();
        parents.put("x", "y");
        parents.put("y", "x");
        var p = new ForkGraphLayout(parents).positions();
        assertEquals(2, p.size());
        assertEquals(0, p.get("x").depth());
        assertEquals(1, p.get("y").depth());
    }
}
