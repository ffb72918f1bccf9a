package org.levermap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.levermap.cli.serve.FolderWatcher;
import org.levermap.cli.serve.LiveReload;
import org.levermap.cli.serve.PreviewServer;
import org.levermap.render.BuildOptions;
import org.levermap.render.BuildResult;
import org.levermap.render.SiteBuilder;
import org.levermap.render.output.StagedOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code levermap serve [-C DIR] [--port]}: builds, serves on 127.0.0.1, rebuilds on change, reloads the page. */
@Command(name = "serve",
        description = {"Preview the site on 127.0.0.1, rebuilding it and reloading the page on every change.",
                "Builds the site, serves it, and rebuilds it whenever the data or the theme changes; the open page",
                "reloads itself. A failed rebuild keeps the previous site and shows the error in the page and here.",
                "The preview is built in a temporary folder, never in the data repository's _site."},
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  levermap serve -C site", "  levermap serve --port 8080"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** The data repository as a parameter, the spelling of earlier releases (hidden, kept working). */
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", hidden = true)
    Path positional;

    @Mixin
    DataRepositoryOption data;

    /** The data repository of this run, set first thing in {@link #call()}. */
    Path dir;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "1313",
            description = "The port on 127.0.0.1 (0 for any free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Override
    @SuppressWarnings("try") // the watcher works while the block waits; closing it is its only use here
    public Integer call() throws IOException, InterruptedException {
        dir = data.root(positional);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(dir.resolve("levermap.yaml"))) {
            throw new UserException(Paths.display(dir) + " is not a levermap data repository: it has no levermap.yaml");
        }
        Path temp = Files.createTempDirectory("levermap-serve-");
        Path site = temp.resolve("site");
        LiveReload reload = new LiveReload();
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch cleaned = new CountDownLatch(1);
        // Ctrl-C and SIGTERM end the JVM once its shutdown hooks return, wherever this thread is: the hook
        // lets it clean up, and deletes the preview itself if this thread does not finish in time.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            try {
                cleaned.await(CLEAN_UP_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            deleteQuietly(temp);
        }, "levermap-serve-cleanup"));
        try (PreviewServer server = start(site, reload)) {
            BuildOptions options = new BuildOptions(server.url(), null, 0, false);
            // One builder for the session: each rebuild takes from memory what the files it reads still say.
            SiteBuilder builder = new SiteBuilder(options, "levermap " + VersionProvider.version());
            Runnable rebuild = () -> rebuild(dir, site, builder, reload, out, err);
            rebuild.run();
            try (FolderWatcher watcher = new FolderWatcher(dir, rebuild)) {
                out.printf("Serving %s at %s (Ctrl-C to stop)%n", Paths.display(dir), server.url());
                out.flush();
                stop.await();
            }
        } finally {
            deleteQuietly(temp);
            cleaned.countDown();
        }
        return ExitCode.OK;
    }

    /** The preview server on {@link #port}; a port in use is a user's problem, named as such. */
    private PreviewServer start(Path site, LiveReload reload) throws IOException {
        try {
            return new PreviewServer(site, reload, port);
        } catch (java.net.BindException e) {
            throw new UserException("port " + port + " on 127.0.0.1 is in use (" + e.getMessage() + "): choose another"
                    + " with --port, or --port 0 for any free one");
        }
    }

    /** How long the shutdown hook waits for the serving thread before it deletes the preview itself. */
    private static final int CLEAN_UP_SECONDS = 10;

    /** Deletes the preview folder; a build still writing into it may leave a file, which a second pass takes. */
    private static void deleteQuietly(Path temp) {
        for (int attempt = 0; attempt < 2 && Files.exists(temp); attempt++) {
            try {
                StagedOutput.deleteTree(temp);
            } catch (IOException e) {
                // Tried again once; what stays is in the system's temporary folder.
            }
        }
    }

    /** One rebuild: on success the pages reload; on failure the message goes to the terminal and the page. */
    static synchronized void rebuild(Path dir, Path site, SiteBuilder builder, LiveReload reload, PrintWriter out,
            PrintWriter err) {
        // The problem lines go to the terminal and into the page's error banner.
        java.io.StringWriter problems = new java.io.StringWriter();
        PrintWriter both = new PrintWriter(new java.io.Writer() {
            @Override
            public void write(char[] chars, int offset, int length) {
                err.write(chars, offset, length);
                problems.write(chars, offset, length);
            }

            @Override
            public void flush() {
                err.flush();
            }

            @Override
            public void close() {
            }
        }, true);
        try {
            BuildResult r = BuildCommand.build(both, builder, dir, site);
            if (!r.upToDate()) {
                out.printf(Locale.ROOT, "Built %,d files, %,d changed, in %.1f s%n", r.files(), r.written(),
                        r.millis() / 1000.0);
                out.flush();
                reload.built();
            }
        } catch (UserException e) {
            err.println("levermap: " + e.getMessage());
            err.flush();
            reload.failed(problems + e.getMessage());
        } catch (IOException | RuntimeException e) {
            err.println("levermap: the rebuild failed: " + e);
            err.flush();
            reload.failed(e.toString());
        }
    }
}
