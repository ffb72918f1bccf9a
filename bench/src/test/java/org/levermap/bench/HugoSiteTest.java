package org.levermap.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HugoSiteTest {

    @Test
    void asManyContentFilesAsPagesAsked(@TempDir Path tmp) throws Exception {
        HugoSite.write(tmp, 20, 3, 600);
        try (Stream<Path> files = Files.walk(tmp.resolve("content"))) {
            // The home page, a list per section, and the singles: one Markdown file each.
            assertEquals(20, files.filter(f -> f.toString().endsWith(".md")).count());
        }
        assertEquals(6, count(tmp.resolve("content/s-0")) - 1, "16 singles: 6, 5, 5");
        assertEquals(5, count(tmp.resolve("content/s-2")) - 1);
        assertTrue(Files.isRegularFile(tmp.resolve("config.toml")));
    }

    @Test
    void aPageIsAboutTheSizeAsked() {
        String page = HugoSite.page(1, 2, 5000);
        assertTrue(page.length() >= 5000 && page.length() < 5400, String.valueOf(page.length()));
    }

    @Test
    void pagesOfLevermapsSizeWhenHugoFitsTheMemoryElseTheLargestThatFit() {
        // 26,045 bytes of HTML: about 17,300 of Markdown.
        assertEquals(17_341, HugoSite.markdownFor(5_389, 26_045, 23_000_000));
        int capped = HugoSite.markdownFor(26_874, 26_045, 19_000_000);
        assertTrue(capped > 7_000 && capped < 8_000, "about what fitted 23 GB: " + capped);
        assertEquals(500, HugoSite.markdownFor(26_874, 26_045, 1_000_000), "never below 500 bytes");
        assertEquals(17_341, HugoSite.markdownFor(26_874, 26_045, Long.MAX_VALUE));
    }

    @Test
    void tooFewPagesForTheSections(@TempDir Path tmp) {
        assertThrows(IllegalArgumentException.class, () -> HugoSite.write(tmp, 5, 3, 600));
    }

    private static long count(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
