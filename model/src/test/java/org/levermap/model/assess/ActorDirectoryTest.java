package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.levermap.model.testing.Samples.actor;
import static org.levermap.model.testing.Samples.actors;
import static org.levermap.model.testing.Samples.day;

import org.junit.jupiter.api.Test;
import org.levermap.model.Actor;
import org.levermap.model.ActorKind;

class ActorDirectoryTest {

    private final ActorDirectory directory = new ActorDirectory(actors(
            actor("small", ActorKind.COMPANY, new Actor.Parent("mid", day("2020-01-01"), day("2021-12-31"), "https://x.org"),
                    new Actor.Parent("big", day("2022-01-01"), null, "https://x.org")),
            actor("mid", ActorKind.COMPANY, new Actor.Parent("top", day("2019-01-01"), null, "https://x.org")),
            actor("big", ActorKind.COMPANY), actor("top", ActorKind.COMPANY),
            actor("loop-a", ActorKind.COMPANY, new Actor.Parent("loop-b", day("2000-01-01"), null, "https://x.org")),
            actor("loop-b", ActorKind.COMPANY, new Actor.Parent("loop-a", day("2000-01-01"), null, "https://x.org"))));

    @Test
    void followsParentsOnTheDay() {
        assertEquals("small", directory.group("small", day("2019-06-01")));
        assertEquals("top", directory.group("small", day("2021-06-01")));
        assertEquals("big", directory.group("small", day("2023-06-01")));
        assertEquals("big", directory.group("small", null));
    }

    @Test
    void survivesACycleAndUnknownIds() {
        assertEquals("loop-b", directory.group("loop-b", day("2020-01-01")), "a cycle ends where it began");
        assertEquals("nobody", directory.group("nobody", null));
        assertEquals("nobody", directory.name("nobody"));
    }
}
