package org.levermap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildDaemonTest {

    @TempDir
    Path tmp;

    private Thread serving;

    @AfterEach
    void stop() throws InterruptedException {
        if (serving != null) {
            serving.interrupt();
            serving.join(10_000);
        }
    }

    @Test
    void buildsEditAfterEditTheSiteAFreshBuildMakes() throws Exception {
        Path folder = start(Duration.ofMinutes(1));
        Path dir = TestReport.write(tmp.resolve("r"));
        Path out = tmp.resolve("out");
        Answer first = ask(folder, token(folder), "build", dir.toString(), "-o", out.toString());
        assertEquals(0, first.status(), first.toString());
        assertTrue(first.lines().stream().anyMatch(l -> l.startsWith("o Built ")), first.toString());
        assertEquals(List.of("o " + out + " is up to date (nothing changed since the last build)"),
                ask(folder, token(folder), "build", dir.toString(), "-o", out.toString()).lines());

        // An edit: the daemon's builder, kept from the builds before, gives what a fresh build gives.
        TestReport.write(dir, "projects/widget/snapshots/2024-03-31.yaml",
                TestReport.snapshot("2024-03-31", "MIT", "permissive", false));
        assertEquals(0, ask(folder, token(folder), "build", dir.toString(), "-o", out.toString()).status());
        Path fresh = tmp.resolve("fresh");
        assertEquals(0, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "build", dir.toString(), "-o", fresh.toString()));
        assertEquals(files(fresh), files(out));
        for (String f : files(fresh)) {
            assertEquals(-1, Files.mismatch(fresh.resolve(f), out.resolve(f)), f);
        }
    }

    @Test
    void aDataErrorIsAnsweredOnTheErrorStreamWithItsStatus() throws Exception {
        Path folder = start(Duration.ofMinutes(1));
        Path dir = TestReport.write(tmp.resolve("r"));
        TestReport.write(dir, "projects/widget/project.yaml", "id: widget\nname: Widget\nlevers:\n  brnad: []\n");
        Answer answer = ask(folder, token(folder), "build", dir.toString());
        assertEquals(ExitCode.DATA, answer.status(), answer.toString());
        assertTrue(answer.lines().stream().anyMatch(l -> l.startsWith("e ") && l.contains("brnad")), answer.toString());
    }

    @Test
    void onlyBuildIsRun() throws Exception {
        Path folder = start(Duration.ofMinutes(1));
        Answer answer = ask(folder, token(folder), "validate", tmp.toString());
        assertEquals(ExitCode.USAGE, answer.status());
        assertEquals(List.of("e levermap: the build daemon runs 'build' only; run other commands without"
                + " LEVERMAP_DAEMON=on"), answer.lines());
        assertTrue(BuildDaemon.builds(new String[] {"--debug", "build", "-C", "x"}));
        assertFalse(BuildDaemon.builds(new String[] {"-C", "build"}));
    }

    @Test
    void aClientWithoutTheTokenGetsNoAnswerAndTheNextIsServed() throws Exception {
        Path folder = start(Duration.ofMinutes(1));
        Answer stranger = ask(folder, "0".repeat(32), "build", tmp.toString());
        assertEquals(List.of(), stranger.lines());
        assertEquals(-1, stranger.status());
        assertEquals(ExitCode.USAGE, ask(folder, token(folder), "validate").status());
    }

    @Test
    void thePortFileIsItsUsersAloneAndGoesWhenTheDaemonEndsIdle() throws Exception {
        Path folder = start(Duration.ofSeconds(1));
        Path port = BuildDaemon.portFile(folder);
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(port));
        assertEquals(4, Files.readString(port).strip().split(" ").length);
        serving.join(10_000);
        assertFalse(serving.isAlive(), "ended after a second without a request");
        assertFalse(Files.exists(port));
    }

    private Path start(Duration idle) throws InterruptedException {
        Path folder = tmp.resolve("daemon");
        BuildDaemon daemon = new BuildDaemon(folder, idle);
        serving = new Thread(() -> {
            try {
                daemon.serve();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        serving.setDaemon(true);
        serving.start();
        for (int i = 0; i < 200 && !Files.exists(BuildDaemon.portFile(folder)); i++) {
            Thread.sleep(25);
        }
        return folder;
    }

    private static String token(Path folder) throws IOException {
        return Files.readString(BuildDaemon.portFile(folder)).split(" ")[1];
    }

    /** What the launcher sends and reads, as {@code levermap}'s {@code daemon_request} does. */
    private static Answer ask(Path folder, String token, String... args) throws IOException {
        String[] announced = Files.readString(BuildDaemon.portFile(folder)).strip().split(" ");
        int port = Integer.parseInt(announced[0]);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            StringBuilder request = new StringBuilder(token + "\n" + args.length + "\n");
            for (String a : args) {
                request.append(a).append('\0');
            }
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            List<String> lines = new ArrayList<>();
            int status = -1;
            String[] answer = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            assertEquals("p " + announced[3], answer[0], "the daemon shows its proof first");
            for (String line : java.util.Arrays.copyOfRange(answer, 1, answer.length)) {
                if (line.startsWith("x ")) {
                    status = Integer.parseInt(line.substring(2));
                } else if (!line.isEmpty()) {
                    lines.add(line);
                }
            }
            return new Answer(status, lines);
        }
    }

    private static List<String> files(Path root) throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                all.add(root.relativize(f).toString());
            }
        }
        return all;
    }

    private record Answer(int status, List<String> lines) {
    }
}
