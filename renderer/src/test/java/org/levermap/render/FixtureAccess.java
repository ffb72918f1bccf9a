package org.levermap.render;

import java.io.IOException;
import java.nio.file.Path;

/** The fixtures, for tests in the renderer's sub-packages. */
public final class FixtureAccess {

    private FixtureAccess() {
    }

    public static Path ecosystem(Path root) throws IOException {
        return Fixture.ecosystem(root, "https://example.org/report/");
    }

    public static Path hostile(Path root) throws IOException {
        return Fixture.hostile(root);
    }
}
