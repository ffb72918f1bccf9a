package org.levermap.render.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RelativePathsTest {

    @Test
    void givesWhatRelativizeGives() {
        String[][] cases = {
            {"/site", "/site/index.html"},
            {"/site", "/site/projects/p-1/2024-01-31.html"},
            {"/site/", "/site/a/b"},
            {"/site", "/sites/a"}, // a folder whose name starts with the other's
            {"/site", "/site"},
            {"site", "site/a"},
            {"", "a/b"},
            {"/a/b", "/a/b/../c"},
        };
        for (String[] c : cases) {
            Path base = Path.of(c[0]);
            Path file = Path.of(c[1]);
            assertEquals(base.relativize(file).toString(), RelativePaths.of(base, file), c[0] + " " + c[1]);
            assertEquals(base.relativize(file).toString(), RelativePaths.slashed(base, file), c[0] + " " + c[1]);
        }
    }
}
