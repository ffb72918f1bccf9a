package org.levermap.render.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkCheckerTest {

    @Test
    void everyKindOfBrokenLinkIsReportedByPage() {
        LinkChecker checker = new LinkChecker(Set.of("index.html", "a/page.html", "a/index.html", "css/s.css"));
        checker.add(new PageLinks("a/page.html", Set.of("top"), List.of("../index.html#top", "../css/s.css", "#top",
                "./", "index.html", "https://ext.example/x", "mailto:x@y.z", "../missing.html", "#nope",
                "../../out.html", "/index.html", "javascript:alert(1)", "data:text/html,x"), false));
        checker.add(new PageLinks("index.html", Set.of("top"), List.of("a/page.html#top"), false));
        assertEquals(List.of(
                "a/page.html: broken anchor #nope (no id 'nope' in a/page.html)",
                "a/page.html: broken link ../missing.html (no missing.html)",
                "a/page.html: link ../../out.html leaves the site",
                "a/page.html: root-absolute link /index.html (links must be relative)",
                "a/page.html: unsafe link data:text/html,x",
                "a/page.html: unsafe link javascript:alert(1)"), checker.problems());
    }

    @Test
    void aBaseOnTheSiteRootResolvesFromTheRoot() {
        LinkChecker checker = new LinkChecker(Set.of("404.html", "index.html"));
        checker.add(new PageLinks("404.html", Set.of(), List.of("index.html"), true));
        assertEquals(List.of(), checker.problems());
    }

    @Test
    void dotSegmentsResolve() {
        assertEquals("a/c", LinkChecker.resolve("a/b/", "../c"));
        assertEquals("x.html", LinkChecker.resolve("", "./x.html"));
        assertNull(LinkChecker.resolve("", "../x"));
        assertEquals("x.html", LinkChecker.resolve("a/b/", "../../x.html"));
        assertNull(LinkChecker.resolve("a/b/", "../../../x.html"));
        assertEquals("a/c.d/e..f/.g.html", LinkChecker.resolve("a/b/", "../c.d/e..f/.g.html"));
        assertEquals("a/y", LinkChecker.resolve("a/b/", "../x/./../y"));
        assertEquals("a/b/", LinkChecker.resolve("a/b/", "c/.."));
        assertEquals("a/", LinkChecker.resolve("a/b/", ".."));
    }
}
