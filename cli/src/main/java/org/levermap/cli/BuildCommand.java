package org.levermap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.levermap.model.repo.DataException;
import org.levermap.render.BuildException;
import org.levermap.render.BuildOptions;
import org.levermap.render.BuildResult;
import org.levermap.render.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code levermap build [-C DIR] [-o OUT]}: renders the static site. */
@Command(name = "build",
        description = {"Build the static site of a data repository.",
                "Renders every page into a staging folder, checks every internal link and anchor, and only then",
                "replaces OUT: a data error, a template error or a broken link leaves the previous site as it was.",
                "Files whose bytes did not change are kept as they were; a rebuild with nothing changed does nothing.",
                "The same input gives byte-identical output; SOURCE_DATE_EPOCH, when set, is shown as the build day.",
                "With LEVERMAP_DAEMON=on the launcher runs builds in a JVM that stays for the next one, which then",
                "takes from memory what did not change (README, The build daemon)."},
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  levermap build -C site                   # into site/_site",
                "  levermap build -o _site --base-url https://me.github.io/report/"})
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** The data repository as a parameter, the spelling of earlier releases (hidden, kept working). */
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", hidden = true)
    Path positional;

    @Mixin
    DataRepositoryOption data;

    /** The data repository of this run, set first thing in {@link #call()}. */
    Path dir;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "The folder to build into; it is replaced as a whole. Default: _site in the data repository.")
    Path output;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The absolute URL the site is published at, overriding base_url in levermap.yaml.")
    String baseUrl;

    @Option(names = "--force", description = "Render every page even if nothing changed since the last build.")
    boolean force;

    @Option(names = "--source-date-epoch", paramLabel = "SECONDS", defaultValue = "${env:SOURCE_DATE_EPOCH}",
            description = "The build time in seconds since 1970, shown as the build day and used by the feed."
                    + " Default: $SOURCE_DATE_EPOCH, else none (the output depends on the data alone).")
    String sourceDateEpoch;

    /** The build daemon's builders, kept between its builds; null for a builder of this build alone. */
    SiteBuilders builders;

    @Override
    public Integer call() throws IOException {
        dir = data.root(positional);
        Path out = output != null ? output : dir.resolve("_site");
        BuildOptions options = new BuildOptions(baseUrl, epoch(sourceDateEpoch), 0, force);
        String generator = "levermap " + VersionProvider.version();
        SiteBuilder builder = builders == null ? new SiteBuilder(options, generator)
                : builders.get(options, generator, dir, out);
        BuildResult result = build(spec.commandLine().getErr(), builder, dir, out);
        PrintWriter o = spec.commandLine().getOut();
        if (result.upToDate()) {
            o.printf("%s is up to date (nothing changed since the last build)%n", Paths.display(out));
        } else {
            o.printf(Locale.ROOT, "Built %s: %,d files (%,d pages), %,d written, %,d unchanged, in %.1f s%n",
                    Paths.display(out), result.files(), result.pages(), result.written(), result.unchanged(),
                    result.millis() / 1000.0);
        }
        return ExitCode.OK;
    }

    /** Builds, turning data and build errors into a user error that names every problem. */
    static BuildResult build(PrintWriter err, SiteBuilder builder, Path dir, Path out) throws IOException {
        try {
            BuildResult result = builder.build(dir, out);
            result.warnings().forEach(w -> err.println("levermap: warning: " + w));
            return result;
        } catch (DataException e) {
            e.problems().forEach(p -> err.println(Paths.prefixed(dir, p)));
            long files = e.problems().stream().map(p -> p.file()).distinct().count();
            throw new UserException(ValidateCommand.plural(e.problems().size(), "problem") + " in "
                    + ValidateCommand.plural((int) files, "file") + "; nothing was built and " + Paths.display(out)
                    + " was left as it was");
        } catch (BuildException e) {
            e.details().forEach(d -> err.println("  " + d));
            throw new UserException(e.getMessage());
        }
    }

    static Long epoch(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long seconds = Long.parseLong(text.strip());
            if (seconds < 0) {
                throw new NumberFormatException();
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw new UserException("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not '" + text + "'",
                    ExitCode.USAGE);
        }
    }
}
