package org.levermap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuilderTest {

    @TempDir
    Path tmp;

    @Test
    void buildsTheEcosystem() throws Exception {
        Path root = Fixture.ecosystem(tmp.resolve("data"), "https://example.org/report/");
        BuildResult r = new SiteBuilder(BuildOptions.DEFAULTS, "levermap test").build(root, tmp.resolve("out"));
        assertFalse(r.upToDate());
        assertTrue(Files.isRegularFile(tmp.resolve("out/index.html")));
    }
}
