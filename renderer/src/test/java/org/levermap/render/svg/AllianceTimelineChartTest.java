package org.levermap.render.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class AllianceTimelineChartTest {

    @Test
    void oneRowPerMembershipLinkedToTheMember() {
        Element svg = Jsoup.parse(AllianceTimelineChart.render("m", List.of(
                new AllianceTimelineChart.Bar("Acme <Corp>", "../actors/acme.html", LocalDate.of(2022, 1, 1),
                        LocalDate.of(2024, 1, 1), true),
                new AllianceTimelineChart.Bar("Globex", null, LocalDate.of(2022, 6, 1), LocalDate.of(2023, 6, 30), false)),
                LocalDate.of(2022, 1, 1), LocalDate.of(2024, 1, 1)).markup()).selectFirst("svg");
        assertEquals("../actors/acme.html", svg.selectFirst("a").attr("href"));
        assertEquals("Acme <Corp>", svg.selectFirst("a text").text());
        assertEquals(List.of("member ongoing", "member former"), svg.select("rect").eachAttr("class"));
        assertEquals("Globex: 2022-06-01 to 2023-06-30", svg.select("rect title").get(1).text());
    }
}
