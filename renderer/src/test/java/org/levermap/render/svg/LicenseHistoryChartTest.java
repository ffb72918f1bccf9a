package org.levermap.render.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class LicenseHistoryChartTest {

    @Test
    void oneSpanPerLicenseColouredByFamily() {
        Element svg = Jsoup.parse(LicenseHistoryChart.render("l", List.of(
                new LicenseHistoryChart.Span("Apache-2.0", "permissive", LocalDate.of(2019, 1, 1), LocalDate.of(2023, 8, 15)),
                new LicenseHistoryChart.Span("BUSL-1.1", "source-available", LocalDate.of(2023, 8, 15),
                        LocalDate.of(2024, 1, 1)))).markup()).selectFirst("svg");
        assertEquals(List.of("fam fam-permissive", "fam fam-source-available"), svg.select("rect").eachAttr("class"));
        assertEquals("Apache-2.0 (permissive), 2019-01-01 to 2023-08-15", svg.selectFirst("rect title").text());
        assertEquals("Apache-2.0", svg.selectFirst("text.span-label").text());
    }

    @Test
    void aRelicensingIsLabelledEvenWhenItsSpanIsASliver() {
        Element svg = Jsoup.parse(LicenseHistoryChart.render("l", List.of(
                new LicenseHistoryChart.Span("BSD-3-Clause", "permissive", LocalDate.of(2009, 1, 1), LocalDate.of(2024, 3, 20)),
                new LicenseHistoryChart.Span("LicenseRef-scancode-rsalv2 OR SSPL-1.0", "source-available",
                        LocalDate.of(2024, 3, 20), LocalDate.of(2024, 4, 30)))).markup()).selectFirst("svg");
        assertEquals(1, svg.select("line.change-mark").size());
        Element label = svg.selectFirst("text.change-label");
        assertEquals("end", label.attr("text-anchor"), "near the right edge the label runs left of its mark");
        assertEquals("LicenseRef-scancode-rsalv2 OR SSPL-1.0, 2024-03-20", label.text());
        assertEquals(1, svg.select("text.span-label").size(), "the sliver has no room for a label inside");
    }
}
