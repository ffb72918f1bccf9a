package org.levermap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestIdTest {

    @Test
    void suggestsTheClosestIdWithinAThirdOfItsLength() {
        assertEquals(" (did you mean 'demo'?)", NearestId.suggestion("dmeo", List.of("redis", "demo")));
        assertEquals(" (did you mean 'terraform'?)", NearestId.suggestion("terrafrom", List.of("terraform", "opentofu")));
        assertEquals("", NearestId.suggestion("kubernetes", List.of("demo")));
        assertEquals("", NearestId.suggestion("demo", List.of()));
    }

    @Test
    void countsEditsAsLevenshtein() {
        assertEquals(3, NearestId.distance("kitten", "sitting"));
        assertEquals(2, NearestId.distance("ab", "ba"));
        assertEquals(0, NearestId.distance("", ""));
    }
}
