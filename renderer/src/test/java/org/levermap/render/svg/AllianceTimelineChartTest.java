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
        assertEquals(List.of("member ongoing", "member former"), svg.select("rect.member").eachAttr("class"));
        assertEquals("Globex: 2022-06-01 to 2023-06-30", svg.select("rect title").get(1).text());
    }

    @Test
    void joinsAndLeavesAreMarkedAndCountedByDate() {
        LocalDate founded = LocalDate.of(2022, 1, 1);
        Element svg = Jsoup.parse(AllianceTimelineChart.render("m", List.of(
                new AllianceTimelineChart.Bar("A", null, founded, LocalDate.of(2024, 1, 1), true),
                new AllianceTimelineChart.Bar("B", null, founded, LocalDate.of(2023, 6, 30), false),
                new AllianceTimelineChart.Bar("C", null, founded, LocalDate.of(2024, 1, 1), true)),
                founded, LocalDate.of(2024, 1, 1)).markup()).selectFirst("svg");
        assertEquals(3, svg.select("circle.joined").size());
        assertEquals(1, svg.select("rect.left").size());
        assertEquals(List.of("+3", "\u22121"), svg.select("text.event").stream().map(Element::ownText).toList());
        assertEquals("3 members joined on 2022-01-01", svg.selectFirst("text.event.joined title").text());
        assertEquals("1 member left on 2023-06-30", svg.selectFirst("text.event.left title").text());
    }
}
