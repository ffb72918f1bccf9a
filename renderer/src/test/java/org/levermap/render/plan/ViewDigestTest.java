package org.levermap.render.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Public, as are the view records: the digest reads public records only, as templates do. */
public class ViewDigestTest {

    public record Row(String name, int count, LocalDate day, List<String> tags, Kind kind) {
    }

    public record Other(String name, int count, LocalDate day, List<String> tags, Kind kind) {
    }

    public record Holder(Object value) {
    }

    public enum Kind { A, B }

    private static Row row() {
        return new Row("x", 1, LocalDate.of(2024, 1, 31), List.of("a", "b"), Kind.A);
    }

    @Test
    void equalViewsHaveEqualDigests() {
        assertEquals(ViewDigest.of(row()), ViewDigest.of(row()));
        assertEquals(ViewDigest.of(List.of(row(), Map.of("k", 2))), ViewDigest.of(new ArrayList<>(List.of(row(),
                Map.of("k", 2)))));
    }

    @Test
    void anyDifferenceShows() {
        String digest = ViewDigest.of(row());
        assertNotEquals(digest, ViewDigest.of(new Row("y", 1, LocalDate.of(2024, 1, 31), List.of("a", "b"), Kind.A)));
        assertNotEquals(digest, ViewDigest.of(new Row("x", 2, LocalDate.of(2024, 1, 31), List.of("a", "b"), Kind.A)));
        assertNotEquals(digest, ViewDigest.of(new Row("x", 1, LocalDate.of(2024, 2, 1), List.of("a", "b"), Kind.A)));
        assertNotEquals(digest, ViewDigest.of(new Row("x", 1, LocalDate.of(2024, 1, 31), List.of("b", "a"), Kind.A)));
        assertNotEquals(digest, ViewDigest.of(new Row("x", 1, LocalDate.of(2024, 1, 31), List.of("ab"), Kind.A)));
        assertNotEquals(digest, ViewDigest.of(new Row("x", 1, LocalDate.of(2024, 1, 31), List.of("a", "b"), Kind.B)));
        assertNotEquals(digest, ViewDigest.of(new Row(null, 1, LocalDate.of(2024, 1, 31), List.of("a", "b"), Kind.A)));
        // The same components in another record type, a number against its text: other views.
        assertNotEquals(digest, ViewDigest.of(new Other("x", 1, LocalDate.of(2024, 1, 31), List.of("a", "b"), Kind.A)));
        assertNotEquals(ViewDigest.of(new Holder(1)), ViewDigest.of(new Holder("1")));
        assertNotEquals(ViewDigest.of(new Holder(1)), ViewDigest.of(new Holder(1.0)));
        assertNotEquals(ViewDigest.of(new Holder(true)), ViewDigest.of(new Holder("true")));
    }

    @Test
    void mapsAndSetsAreDigestedInTheOrderTheyAreIterated() {
        Map<String, Integer> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", 2);
        Map<String, Integer> ba = new LinkedHashMap<>();
        ba.put("b", 2);
        ba.put("a", 1);
        assertNotEquals(ViewDigest.of(ab), ViewDigest.of(ba));
        assertEquals(ViewDigest.of(new TreeMap<>(ab)), ViewDigest.of(new TreeMap<>(ba)));
    }

    @Test
    void anUnknownTypeGivesUp() {
        assertNull(ViewDigest.of(new Holder(new Object())));
        assertNull(ViewDigest.of(List.of(row(), new StringBuilder("x"))));
        assertNotNull(ViewDigest.of(new Holder(null)));
    }

    @Test
    void aCycleGivesUp() {
        List<Object> self = new ArrayList<>();
        self.add(self);
        assertNull(ViewDigest.of(self));
    }
}
