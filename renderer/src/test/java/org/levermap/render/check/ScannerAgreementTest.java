package org.levermap.render.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.render.BuildOptions;
import org.levermap.render.SiteBuilder;

/** On every page levermap builds from the fixtures, the quick scan and jsoup's parse agree. */
class ScannerAgreementTest {

    @TempDir
    Path tmp;

    @Test
    void everyFixturePageScansAsJsoupParsesIt() throws Exception {
        Path eco = org.levermap.render.FixtureAccess.ecosystem(tmp.resolve("eco-data"));
        Path hostile = org.levermap.render.FixtureAccess.hostile(tmp.resolve("hostile-data"));
        new SiteBuilder(BuildOptions.DEFAULTS, "t").build(eco, tmp.resolve("eco"));
        new SiteBuilder(BuildOptions.DEFAULTS, "t").build(hostile, tmp.resolve("hostile"));
        for (Path site : new Path[] {tmp.resolve("eco"), tmp.resolve("hostile")}) {
            try (Stream<Path> walk = Files.walk(site)) {
                for (Path p : walk.filter(f -> f.toString().endsWith(".html")).toList()) {
                    TagScannerTest.assertSameAsJsoup(site.relativize(p).toString(), Files.readString(p));
                }
            }
        }
    }
}
