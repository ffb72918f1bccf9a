package org.levermap.render;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Writes the test fixtures and their sites somewhere to look at: -Dlevermap.demo=/some/folder. */
@EnabledIfSystemProperty(named = "levermap.demo", matches = ".+")
class DemoBuild {

    @Test
    void writeDemo() throws Exception {
        Path out = Path.of(System.getProperty("levermap.demo"));
        Path eco = Fixture.ecosystem(out.resolve("ecosystem"), "https://example.org/report/");
        new SiteBuilder(BuildOptions.DEFAULTS.withForce(true), "levermap demo").build(eco, out.resolve("ecosystem-site"));
        Path hostile = Fixture.hostile(out.resolve("hostile"));
        new SiteBuilder(BuildOptions.DEFAULTS.withForce(true), "levermap demo").build(hostile, out.resolve("hostile-site"));
    }
}
