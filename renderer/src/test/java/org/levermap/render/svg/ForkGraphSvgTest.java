package org.levermap.render.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ForkGraphSvgTest {

    @Test
    void nodesLinkToProjectsAndEdgesShowTheForkKind() {
        Element svg = Jsoup.parse(ForkGraphSvg.render("g", List.of(
                new ForkGraphSvg.Node("up", "Upstream", "../projects/up/index.html", null, "root", null),
                new ForkGraphSvg.Node("f", "Fork <b>", "../projects/f/index.html", "up", "hard", "renamed"))).markup())
                .selectFirst("svg");
        assertEquals(List.of("../projects/up/index.html", "../projects/f/index.html"), svg.select("a").eachAttr("href"));
        assertEquals("edge hard", svg.selectFirst("path").attr("class"));
        assertEquals("Upstream → Fork <b> (hard fork: renamed)", svg.selectFirst("path title").text());
        assertEquals("node fork hard", svg.select("g").get(1).attr("class"));
        assertTrue(ForkGraphSvg.render("g", List.of()).isEmpty());
    }
}
