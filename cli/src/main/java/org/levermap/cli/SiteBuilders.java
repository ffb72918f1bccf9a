package org.levermap.cli;

import java.nio.file.Path;
import org.levermap.render.BuildOptions;
import org.levermap.render.SiteBuilder;

/**
 * The site builder the build daemon keeps between its builds: a builder used again takes what its
 * earlier builds read and derived from memory where the files are unchanged, as the preview server's
 * does. One is kept, for the last data repository, output and options built; another asks for a new one
 * (and lets the old one's memory go).
 */
final class SiteBuilders {

    private record Key(BuildOptions options, String generator, Path dir, Path out) {
    }

    private Key last;
    private SiteBuilder builder;

    synchronized SiteBuilder get(BuildOptions options, String generator, Path dir, Path out) {
        Key key = new Key(options, generator, dir.toAbsolutePath().normalize(), out.toAbsolutePath().normalize());
        if (!key.equals(last)) {
            builder = new SiteBuilder(options, generator);
            last = key;
        }
        return builder;
    }
}
