package org.levermap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.cli.serve.LiveReload;
import org.levermap.render.BuildOptions;
import org.levermap.render.SiteBuilder;

class ServeCommandTest {

    @TempDir
    Path tmp;

    @Test
    void aRebuildReloadsOnSuccessAndReportsAFailureKeepingTheSite() throws Exception {
        Path dir = TestReport.write(tmp.resolve("r"));
        Path site = tmp.resolve("preview");
        LiveReload reload = new LiveReload();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // One builder, as serve keeps: the later rebuilds take unchanged records from its memory.
        SiteBuilder builder = new SiteBuilder(new BuildOptions("http://127.0.0.1:1313/", null, 0, false), "levermap");
        ServeCommand.rebuild(dir, site, builder, reload, new PrintWriter(out), new PrintWriter(err));
        assertEquals(1, reload.build());
        assertTrue(out.toString().startsWith("Built "), out.toString());
        assertTrue(Files.readString(site.resolve("feed.xml")).contains("http://127.0.0.1:1313/projects/widget/"));

        TestReport.write(dir, "projects/widget/project.yaml", "id: widget\nname: [\n");
        ServeCommand.rebuild(dir, site, builder, reload, new PrintWriter(out), new PrintWriter(err));
        assertEquals(1, reload.build(), "no reload after a failed build");
        assertTrue(reload.error().contains("nothing was built"), reload.error());
        assertTrue(reload.error().startsWith(dir + "/projects/widget/project.yaml:3:1: YAML syntax error"), "the page shows the problem: "
                + reload.error());
        assertTrue(err.toString().contains("projects/widget/project.yaml:"), err.toString());
        assertTrue(Files.exists(site.resolve("index.html")), "the previous preview stays");

        TestReport.write(dir, "projects/widget/project.yaml", "id: widget\nname: Widget Two\n");
        ServeCommand.rebuild(dir, site, builder, reload, new PrintWriter(out), new PrintWriter(err));
        assertEquals(2, reload.build());
        assertFalse(reload.error() != null);
        assertTrue(Files.readString(site.resolve("projects/widget/index.html")).contains("Widget Two"));
    }

    @Test
    void refusesAFolderWithoutLevermapYaml() {
        Run run = Run.of("serve", tmp.toString(), "--port", "0");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("is not a levermap data repository"), run.err());
    }

    @Test
    void aBusyPortIsNamed() throws Exception {
        Path dir = TestReport.write(tmp.resolve("r"));
        try (java.net.ServerSocket busy = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Run run = Run.of("serve", "-C", dir.toString(), "--port", String.valueOf(busy.getLocalPort()));
            assertEquals(1, run.exitCode());
            assertTrue(run.err().startsWith("levermap: port " + busy.getLocalPort() + " on 127.0.0.1 is in use"), run.err());
            assertTrue(run.err().contains("--port 0"), run.err());
        }
    }

    @Test
    void stoppedWithSigtermItRemovesItsTemporaryFolder() throws Exception {
        Path dir = TestReport.write(tmp.resolve("r"));
        Path temp = Files.createDirectories(tmp.resolve("tmp"));
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-Djava.io.tmpdir=" + temp, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", dir.toString(), "--port", "0").redirectErrorStream(true).start();
        try {
            java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8));
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = lines.readLine()) != null && !line.startsWith("Serving")) {
                seen.append(line).append('\n');
            }
            assertTrue(line != null, "serve did not start: " + seen);
            try (java.util.stream.Stream<Path> s = Files.list(temp)) {
                assertTrue(s.anyMatch(f -> f.getFileName().toString().startsWith("levermap-serve-")), "the preview folder");
            }
            p.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the JVM runs its shutdown hooks
            assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "serve did not stop");
            try (java.util.stream.Stream<Path> s = Files.list(temp)) {
                assertEquals(java.util.List.of(), s.filter(f -> f.getFileName().toString().startsWith("levermap-serve-"))
                        .toList(), "the preview folder is gone");
            }
        } finally {
            p.destroyForcibly();
        }
    }
}
