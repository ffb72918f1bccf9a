package org.levermap.render.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.levermap.render.view.Html;

class DivergenceChartTest {

    @Test
    void drawsAheadAndBehindWithATextAlternative() {
        Html svg = DivergenceChart.render("d", "Redis <b>", List.of(
                new DivergenceChart.Point(LocalDate.of(2024, 3, 31), 41, 1),
                new DivergenceChart.Point(LocalDate.of(2024, 10, 25), 566, 162)));
        Document doc = Jsoup.parse(svg.toString(), "", Parser.xmlParser());
        assertEquals("Commits ahead of and behind Redis <b> over time", doc.selectFirst("title#d-title").text());
        assertEquals("From 2024-03-31 to 2024-10-25 the fork went from 41 to 566 commits ahead of Redis <b> and from 1"
                + " to 162 commits behind it.", doc.selectFirst("desc#d-desc").text());
        assertEquals(2, doc.select("polyline").size());
        assertTrue(doc.select("circle title").eachText().contains("Ahead, 2024-10-25: 566"));
        assertTrue(!svg.toString().contains("<b>"), "labels from the data are escaped");
    }

    @Test
    void noPointsNoChart() {
        assertEquals(Html.EMPTY, DivergenceChart.render("d", "x", List.of()));
    }
}
