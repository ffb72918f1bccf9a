package org.levermap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code levermap} launcher script's class data sharing archive: made by the first run of a command
 * that does its work (not one for help or the version, not a failed one), used by the next, and never
 * the cause of a failed run or of a word on the terminal (a cache that cannot be written, a damaged
 * archive, the switch turned off). It runs the script on a small jar of
 * {@link LauncherProbe} in place of levermap's.
 */
class LauncherScriptTest {

    private static final Path LAUNCHER = Path.of(System.getProperty("user.dir")).getParent().resolve("levermap");

    @TempDir
    Path tmp;

    private Path jar;

    @BeforeEach
    void probeJar() throws IOException {
        // The launcher reads the jar's time with GNU stat: elsewhere it makes no archive, quietly.
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "GNU coreutils");
        jar = tmp.resolve("probe.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
        String entry = LauncherProbe.class.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                InputStream in = LauncherProbe.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
        }
    }

    @Test
    void theFirstRunOfACommandWritesItsArchiveAndTheNextUseIt() throws Exception {
        Path cache = tmp.resolve("cache");
        Result first = run(Map.of("XDG_CACHE_HOME", cache.toString()), "0");
        assertEquals(new Result(0, "probe 0\n", ""), first);
        List<Path> archives = files(cache.resolve("levermap"));
        assertEquals(1, archives.size(), archives.toString());
        assertTrue(archives.get(0).getFileName().toString().matches("levermap-\\d+-\\d+-\\d+-[0-9.]+-other\\.jsa"),
                archives.toString());
        assertTrue(Files.size(archives.get(0)) > 0);

        assertEquals(first, run(Map.of("XDG_CACHE_HOME", cache.toString()), "0"));
        assertEquals(archives, files(cache.resolve("levermap")));
    }

    @Test
    void aRunForHelpOrTheVersionMakesNoArchiveTheNextRunThatWorksDoes() throws Exception {
        Path cache = tmp.resolve("cache");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
        for (String ask : List.of("--help", "-h", "--version", "-V", "help")) {
            assertEquals(new Result(0, "probe build " + ask + " 0\n", ""), run(env, "build", ask, "0"));
            assertEquals(List.of(), files(cache.resolve("levermap")), ask);
        }
        run(env, "build", "0");
        List<Path> archives = files(cache.resolve("levermap"));
        assertEquals(1, archives.size(), archives.toString());
        // Once made, the archive serves a run for help too.
        assertEquals(new Result(0, "probe build --help 0\n", ""), run(env, "build", "--help", "0"));
        assertEquals(archives, files(cache.resolve("levermap")));
    }

    @Test
    void aRebuiltJarReplacesItsCommandsArchive() throws Exception {
        Path cache = tmp.resolve("cache");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
        run(env, "build", "0");
        run(env, "0");
        List<Path> before = files(cache.resolve("levermap"));
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(jar).toMillis() - 60_000));
        assertEquals(new Result(0, "probe 0\n", ""), run(env, "0"));
        List<Path> after = files(cache.resolve("levermap"));
        assertEquals(2, after.size(), after.toString());
        assertTrue(after.contains(before.stream().filter(p -> p.toString().endsWith("-build.jsa")).findFirst().orElseThrow()),
                "another command's archive is kept: " + after);
        assertTrue(!after.containsAll(before), "the older jar's archive of the command is gone: " + after);
    }

    @Test
    void collectBuildAndServeHaveAnArchiveEachTheOtherCommandsOne() throws Exception {
        Path cache = tmp.resolve("cache");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
        for (String command : List.of("collect", "build", "serve", "init", "validate")) {
            assertEquals(new Result(0, "probe " + command + " 0\n", ""), run(env, command, "0"));
        }
        List<String> kinds = files(cache.resolve("levermap")).stream()
                .map(p -> p.getFileName().toString().replaceAll(".*-", "")).toList();
        assertEquals(List.of("build.jsa", "collect.jsa", "other.jsa", "serve.jsa"), kinds.stream().sorted().toList());
    }

    @Test
    void aFailedRunKeepsItsExitStatusAndMakesNoArchive() throws Exception {
        Path cache = tmp.resolve("cache");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
        assertEquals(new Result(7, "probe 7\n", ""), run(env, "7"));
        assertEquals(List.of(), files(cache.resolve("levermap")), "no archive, no piece of one");
        assertEquals(new Result(0, "probe 0\n", ""), run(env, "0"));
        assertEquals(1, files(cache.resolve("levermap")).size());
        assertEquals(new Result(7, "probe 7\n", ""), run(env, "7"));
    }

    @Test
    void serveStoppedByCtrlCOrSigtermWritesItsArchiveInTheBackground() throws Exception {
        for (String status : List.of("130", "143")) {
            Path cache = tmp.resolve("cache-" + status);
            Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
            // The JVM of serve ends so once its shutdown hooks ran: its exit status is the launcher's.
            assertEquals(new Result(Integer.parseInt(status), "probe serve " + status + "\n", ""),
                    run(env, "serve", status));
            Path folder = cache.resolve("levermap");
            long until = System.nanoTime() + 60_000_000_000L;
            while (files(folder).stream().noneMatch(p -> p.toString().endsWith("-serve.jsa")) && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            assertEquals(List.of("serve.jsa"), files(folder).stream()
                    .map(p -> p.getFileName().toString().replaceAll(".*-", "")).toList(), "only the archive is left");
        }
    }

    @Test
    void anyOtherCommandStoppedSoOrServeFailingMakesNoArchive() throws Exception {
        Path cache = tmp.resolve("cache");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
        assertEquals(130, run(env, "build", "130").status());
        assertEquals(143, run(env, "collect", "143").status());
        assertEquals(2, run(env, "serve", "2").status());
        Thread.sleep(500); // a wrongly started background dump would have begun its files by now
        assertEquals(List.of(), files(cache.resolve("levermap")));
    }

    @Test
    void aCacheThatCannotBeWrittenMeansNoArchiveAndNoWord() throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "");
        assertEquals(new Result(0, "probe 0\n", ""), run(Map.of("XDG_CACHE_HOME", file.toString()), "0"));
        assertEquals(List.of(file), files(tmp).stream().filter(p -> !p.equals(jar)).toList());
    }

    @Test
    void aDamagedArchiveIsIgnoredQuietly() throws Exception {
        Path cache = tmp.resolve("cache");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
        run(env, "0");
        Path archive = files(cache.resolve("levermap")).get(0);
        archive.toFile().setWritable(true);
        Files.writeString(archive, "not an archive ".repeat(1000));
        assertEquals(new Result(0, "probe 0\n", ""), run(env, "0"));
    }

    @Test
    void levermapCdsOffTurnsItOff() throws Exception {
        Path cache = tmp.resolve("cache");
        assertEquals(new Result(0, "probe 0\n", ""), run(Map.of("XDG_CACHE_HOME", cache.toString(), "LEVERMAP_CDS", "off"),
                "0"));
        assertTrue(Files.notExists(cache), "nothing written");
    }

    @Test
    void withTheDaemonOnABuildRunsInADaemonThatTheNextBuildOfTheFolderFinds() throws Exception {
        TestReport.write(tmp.resolve("r"));
        Path cache = tmp.resolve("cache");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString(), "LEVERMAP_DAEMON", "on",
                "LEVERMAP_JAR", appJar().toString());
        ProcessHandle daemon = null;
        try {
            Result first = run(env, "build", "-C", "r", "-o", "out");
            assertEquals(0, first.status(), first.toString());
            assertTrue(first.out().startsWith("Built out: "), first.toString());
            List<Path> ports;
            try (Stream<Path> found = Files.walk(cache.resolve("levermap/daemon"))) {
                ports = found.filter(p -> p.getFileName().toString().equals("port")).toList();
            }
            assertEquals(1, ports.size(), ports.toString());
            String announced = Files.readString(ports.get(0));
            daemon = ProcessHandle.of(Long.parseLong(announced.strip().split(" ")[2])).orElseThrow();
            assertTrue(daemon.isAlive());

            assertEquals(new Result(0, "out is up to date (nothing changed since the last build)\n", ""),
                    run(env, "build", "-C", "r", "-o", "out"));
            assertEquals(announced, Files.readString(ports.get(0)), "the same daemon answered");
            Result mistake = run(env, "build", "-C", "r", "--nonsense");
            assertEquals(2, mistake.status());
            assertTrue(mistake.err().startsWith("levermap: Unknown option: '--nonsense'"), mistake.err());
            // Another command runs as it always does, in a JVM of its own.
            assertEquals(0, run(env, "validate", "-C", "r").status());

            // A daemon gone without a word (killed): the next build starts another.
            daemon.destroyForcibly();
            daemon.onExit().get();
            assertEquals(0, run(env, "build", "-C", "r", "-o", "out").status());
            String again = Files.readString(ports.get(0));
            assertTrue(!again.equals(announced), again);
            daemon = ProcessHandle.of(Long.parseLong(again.strip().split(" ")[2])).orElseThrow();

            // Another process at the port of a daemon gone, which cannot show the proof, is told nothing.
            daemon.destroyForcibly();
            daemon.onExit().get();
            try (java.net.ServerSocket impostor = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                String[] words = again.strip().split(" ");
                Files.writeString(ports.get(0), impostor.getLocalPort() + " " + words[1] + " " + words[2] + " " + words[3]
                        + "\n");
                int[] told = {-1};
                Thread listening = new Thread(() -> {
                    try (java.net.Socket client = impostor.accept()) {
                        client.setSoTimeout(5_000); // a launcher that talked would wait for an answer: hang up on it
                        client.getOutputStream().write("p 0\no levermap: a word from elsewhere\n".getBytes(StandardCharsets.UTF_8));
                        told[0] = 0;
                        // Until the launcher hangs up (a reset too: it leaves the impostor's second line unread).
                        while (client.getInputStream().read() >= 0) {
                            told[0]++;
                        }
                    } catch (IOException e) {
                        // hung up
                    }
                });
                listening.start();
                Result served = run(env, "build", "-C", "r", "-o", "out");
                listening.join(10_000);
                assertEquals(0, told[0], "the launcher sent nothing to the impostor");
                assertEquals(0, served.status(), served.toString());
                assertTrue(!served.out().contains("elsewhere"), served.out());
            }
            daemon = ProcessHandle.of(Long.parseLong(Files.readString(ports.get(0)).strip().split(" ")[2])).orElseThrow();
        } finally {
            if (daemon != null) {
                daemon.destroy();
            }
        }
    }

    /** A jar that runs levermap itself from this test's class path (its manifest names every entry). */
    private Path appJar() throws IOException {
        Path app = tmp.resolve("app.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        StringBuilder classPath = new StringBuilder();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            classPath.append(Path.of(entry).toUri()).append(' ');
        }
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath.toString().strip());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(app), manifest)) {
            out.flush();
        }
        return app;
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        }
    }

    private Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(tmp.toFile());
        builder.environment().remove("LEVERMAP_JAVA_OPTS");
        builder.environment().remove("LEVERMAP_CDS");
        builder.environment().put("LEVERMAP_JAR", jar.toString());
        builder.environment().putAll(env);
        Process p = builder.start();
        p.getOutputStream().close();
        byte[][] out = new byte[2][];
        Thread err = new Thread(() -> out[1] = readAll(p.getErrorStream()));
        err.start();
        out[0] = readAll(p.getInputStream());
        int status = p.waitFor();
        err.join();
        return new Result(status, new String(out[0], StandardCharsets.UTF_8), new String(out[1], StandardCharsets.UTF_8));
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return e.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** What a run of the launcher gave. */
    record Result(int status, String out, String err) {
    }
}
