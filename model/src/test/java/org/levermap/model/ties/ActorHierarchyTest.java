package org.levermap.model.ties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.levermap.model.Actor;
import org.levermap.model.ActorKind;

class ActorHierarchyTest {

    private static Actor actor(String id, Actor.Parent... parents) {
        return new Actor(id, id, ActorKind.COMPANY, null, null, List.of(parents), null, null);
    }

    private final ActorHierarchy hierarchy = new ActorHierarchy(Map.of(
            "hashicorp", actor("hashicorp", new Actor.Parent("ibm", LocalDate.of(2025, 2, 27), null, "https://e.org/a")),
            "ibm", actor("ibm"),
            "sub", actor("sub", new Actor.Parent("hashicorp", LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31),
                    "https://e.org/b")),
            "loop-a", actor("loop-a", new Actor.Parent("loop-b", LocalDate.of(2000, 1, 1), null, "https://e.org/c")),
            "loop-b", actor("loop-b", new Actor.Parent("loop-a", LocalDate.of(2000, 1, 1), null, "https://e.org/d"))));

    @Test
    void followsAcquisitionsByDate() {
        assertEquals(Optional.empty(), hierarchy.parentAsOf("hashicorp", LocalDate.of(2025, 2, 26)));
        assertEquals(Optional.of("ibm"), hierarchy.parentAsOf("hashicorp", LocalDate.of(2025, 2, 27)));
        assertEquals("hashicorp", hierarchy.ultimateParentAsOf("sub", LocalDate.of(2024, 6, 1)));
        assertEquals("ibm", hierarchy.ultimateParentAsOf("sub", LocalDate.of(2025, 6, 1)));
        assertEquals("sub", hierarchy.ultimateParentAsOf("sub", LocalDate.of(2026, 1, 1)), "the parent relation ended");
        assertEquals("unknown", hierarchy.ultimateParentAsOf("unknown", LocalDate.of(2026, 1, 1)));
    }

    @Test
    void aCycleInTheDataDoesNotLoop() {
        assertEquals("loop-a", hierarchy.ultimateParentAsOf("loop-a", LocalDate.of(2024, 1, 1)));
    }
}
