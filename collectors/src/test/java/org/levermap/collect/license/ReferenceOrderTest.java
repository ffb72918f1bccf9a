package org.levermap.collect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferenceOrderTest {

    @Test
    void pairsComeFromTheRequiredTextTheFullTextAndEachOptionalPiece() {
        ReferenceOrder order = ReferenceOrder.of(new LicenseTemplate.Texts("you may copy it", "keep this\nnotice here",
                "you may freely copy it"));
        assertEquals(List.of("you", "may", "copy", "it"), order.required());
        assertTrue(order.bigrams().containsAll(Set.of("you may", "may copy", "may freely", "keep this", "notice here")));
        assertFalse(order.bigrams().contains("this notice"), "optional pieces are apart");
    }

    @Test
    void bigramsOfAWordSequence() {
        assertEquals(Set.of("a1 b2", "b2 c3"), ReferenceOrder.bigrams(List.of("a1", "b2", "c3")));
        assertEquals(Set.of(), ReferenceOrder.bigrams(List.of("a1")));
    }
}
