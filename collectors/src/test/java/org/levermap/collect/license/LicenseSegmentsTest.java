package org.levermap.collect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LicenseSegmentsTest {

    @Test
    void titlesStartSegmentsAndSentencesDoNot() {
        String text = """
                Preamble that offers a choice of licenses, as follows:

                1. First License
                ================

                Body of the first license. It ends with a sentence.

                2. Second License
                Body of the second license right under its heading, which goes on
                for a while.
                """;
        List<LicenseSegments.Segment> segments = LicenseSegments.of(text);
        assertEquals(List.of(1, 3, 8), segments.stream().map(LicenseSegments.Segment::firstLine).toList());
        assertEquals(List.of(2, 7, 11), segments.stream().map(LicenseSegments.Segment::lastLine).toList());
        assertEquals("2. Second License", segments.get(2).text().lines().findFirst().orElseThrow());
    }

    @Test
    void aTextWithoutTitlesIsOneSegment() {
        assertEquals(1, LicenseSegments.of("Permission is granted.\n\nThe software is provided as is.\n").size());
    }
}
