package org.levermap.model.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void suggestsTheClosestCandidateWithinASmallDistance() {
        List<String> levers = List.of("brand", "domain", "legal_entity", "admins");
        assertEquals("brand", Suggestions.closest("brnad", levers));
        assertEquals("admins", Suggestions.closest("Admin", levers));
        assertEquals("legal_entity", Suggestions.closest("legal_enity", levers));
        assertNull(Suggestions.closest("compute", levers));
        assertEquals(" (did you mean 'domain'?)", Suggestions.didYouMean("domian", levers));
        assertEquals("", Suggestions.didYouMean("xyz", levers));
    }

    @Test
    void countsATranspositionAsOneEdit() {
        assertEquals(1, Suggestions.distance("ab", "ba"));
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
        assertEquals(0, Suggestions.distance("", ""));
    }
}
