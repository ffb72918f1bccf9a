package org.levermap.render.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FindingsTest {

    @Test
    void anAcronymStaysInCapitals() {
        assertEquals("BDFL", Findings.inSentence("BDFL"));
        assertEquals("corporate-led", Findings.inSentence("Corporate-led"));
    }

    @Test
    void findingsAgreeWithTheirCounts() {
        assertEquals("2 forks have not merged their upstreams for more than a year", Findings.drifted(2));
        assertEquals("1 fork has not merged its upstream for more than a year", Findings.drifted(1));
        assertEquals("3 forks have collected lineage; 3 of them are hard forks (renamed, relicensed or no longer"
                + " syncing)", Findings.lineage(3, 3));
        assertEquals("3 forks have collected lineage; 1 of them is a hard fork (renamed, relicensed or no longer"
                + " syncing)", Findings.lineage(3, 1));
        assertEquals("1 fork has collected lineage; it is a hard fork (renamed, relicensed or no longer syncing)",
                Findings.lineage(1, 1));
        assertEquals("1 fork has collected lineage; it is not a hard fork (one renamed, relicensed or no longer"
                + " syncing)", Findings.lineage(1, 0));
        assertEquals("1 project declares a license that differs from its base model's", Findings.mismatched(1));
        assertEquals("2 projects declare a license that differs from their base models'", Findings.mismatched(2));
    }
}
