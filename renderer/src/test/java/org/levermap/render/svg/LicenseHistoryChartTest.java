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
}
