package org.levermap.render.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ConcentrationChartTest {

    @Test
    void drawsBothSharesWithTheMajorityLineAndATextAlternative() {
        String svg = ConcentrationChart.render("c", List.of(
                new ConcentrationChart.Point(LocalDate.of(2023, 1, 31), 0.4, 0.2),
                new ConcentrationChart.Point(LocalDate.of(2023, 6, 30), 0.6, 0.3))).markup();
        Element root = Jsoup.parse(svg).selectFirst("svg");
        assertEquals("c-title c-desc", root.attr("aria-labelledby"));
        assertTrue(root.selectFirst("desc").text().contains("went from 40% to 60%"));
        assertEquals(2, root.select("polyline").size());
        assertEquals(4, root.select("circle").size());
        assertEquals(1, root.select("line.majority").size() - 1, "one 50% grid line besides the legend's");
        assertEquals("Largest organisation, 2023-06-30: 60%", root.select("circle.org title").get(1).text());
        assertTrue(ConcentrationChart.render("c", List.of()).isEmpty());
    }
}
