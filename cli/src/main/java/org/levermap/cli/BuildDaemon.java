package org.levermap.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * The build daemon: a JVM that outlives {@code levermap build} so that the next build of the same site
 * runs warm, its code compiled and its builder's memory kept (the launcher starts it when
 * {@code LEVERMAP_DAEMON=on}; README, "The build daemon"). A fresh JVM spends three to four times a
 * warm one's time on a one-change rebuild, compiling what it runs; this is the JVM tools' usual answer
 * (Gradle's daemon, Maven's mvnd).
 *
 * <p>It serves one client at a time on a loopback port, and only a client that shows the token it wrote
 * beside the port, in a file only its user can read. The launcher keys a daemon by everything a build
 * takes from its process (the jar, the Java, the JVM options, the working folder, the cache folder,
 * {@code SOURCE_DATE_EPOCH}), so a request carries only the command line; a daemon of another key is
 * another process. It runs {@code build} only, and ends after {@code idle} without a request.
 *
 * <p>The protocol, all UTF-8: the daemon first shows its proof ({@code p } and the proof, a line), which
 * the client checks against the port file before it sends anything; the client sends the token and the
 * number of arguments, each on a line, then each argument followed by a NUL; the daemon answers with the
 * build's output lines, each behind {@code o } (out) or {@code e } (err), then {@code x } and the exit
 * status.
 */
public final class BuildDaemon {

    /** What one request may send before its arguments are refused (a command line is far smaller). */
    private static final int MAX_REQUEST = 1 << 20;
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final Path folder;
    private final Duration idle;
    /** What a client shows: only the launcher of this daemon's user can read it. */
    private final String token;
    /** What the daemon shows first: a process that took the port of a daemon gone learns nothing from the client. */
    private final String proof;
    private final SiteBuilders builders = new SiteBuilders();

    BuildDaemon(Path folder, Duration idle) {
        this.folder = folder;
        this.idle = idle;
        SecureRandom random = new SecureRandom();
        this.token = secret(random);
        this.proof = secret(random);
    }

    private static String secret(SecureRandom random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** {@code BuildDaemon FOLDER IDLE_SECONDS}, as the launcher starts it. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: BuildDaemon FOLDER IDLE_SECONDS (the launcher starts it: LEVERMAP_DAEMON=on)");
            System.exit(ExitCode.USAGE);
        }
        new BuildDaemon(Path.of(args[0]), Duration.ofSeconds(Long.parseLong(args[1]))).serve();
        System.exit(ExitCode.OK);
    }

    /** The file naming the daemon's port, the client's token, the daemon's process id and its proof. */
    static Path portFile(Path folder) {
        return folder.resolve("port");
    }

    /** Serves requests until {@code idle} passes without one, then removes its port file. */
    void serve() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 16, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout((int) Math.min(Integer.MAX_VALUE, idle.toMillis()));
            String announced = server.getLocalPort() + " " + token + " " + ProcessHandle.current().pid() + " " + proof
                    + "\n";
            announce(announced);
            // Ended by a signal (kill, a shutdown), the daemon still takes its port file away.
            Thread withdrawal = new Thread(() -> withdraw(announced));
            Runtime.getRuntime().addShutdownHook(withdrawal);
            try {
                while (true) {
                    try (Socket client = server.accept()) {
                        answer(client);
                    } catch (SocketTimeoutException e) {
                        return;
                    } catch (IOException e) {
                        // A client that went away (Ctrl-C) or sent nonsense: the next one is served.
                    }
                }
            } finally {
                withdraw(announced);
                Runtime.getRuntime().removeShutdownHook(withdrawal);
            }
        }
    }

    private void announce(String text) throws IOException {
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, ".port", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, portFile(folder), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes the port file unless another daemon of the key has written its own since. */
    private void withdraw(String announced) {
        try {
            if (announced.equals(Files.readString(portFile(folder), StandardCharsets.UTF_8))) {
                Files.delete(portFile(folder));
            }
        } catch (IOException e) {
            // Gone already, or another daemon's: the launcher finds nobody at a stale port and starts one.
        }
    }

    private void answer(Socket client) throws IOException {
        client.setSoTimeout((int) READ_TIMEOUT.toMillis());
        InputStream in = client.getInputStream();
        OutputStream socket = client.getOutputStream();
        socket.write(("p " + proof + "\n").getBytes(StandardCharsets.UTF_8));
        socket.flush();
        String shown = field(in, '\n');
        if (!MessageDigest.isEqual(shown.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            return; // not the launcher of this daemon's user: no answer at all
        }
        int count = Integer.parseInt(field(in, '\n'));
        if (count < 0 || count > 10_000) {
            throw new IOException("a request of " + count + " arguments");
        }
        String[] args = new String[count];
        for (int i = 0; i < count; i++) {
            args[i] = field(in, '\0');
        }
        int status;
        try (PrintWriter out = new PrintWriter(new ChannelWriter(socket, 'o'), true);
                PrintWriter err = new PrintWriter(new ChannelWriter(socket, 'e'), true)) {
            status = builds(args) ? Main.run(out, err, builders, args) : refuse(err);
        }
        socket.write(("x " + status + "\n").getBytes(StandardCharsets.UTF_8));
        socket.flush();
    }

    /** Whether {@code args} run {@code build}: the daemon runs nothing else. */
    static boolean builds(String[] args) {
        List<Subcommands.Entry> needed = Subcommands.neededBy(args);
        return needed.size() == 1 && needed.get(0).name().equals("build");
    }

    private static int refuse(PrintWriter err) {
        err.println("levermap: the build daemon runs 'build' only; run other commands without LEVERMAP_DAEMON=on");
        return ExitCode.USAGE;
    }

    /** One field of the request, up to {@code end}. */
    private static String field(InputStream in, char end) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != end; b = in.read()) {
            if (b < 0 || bytes.size() >= MAX_REQUEST) {
                throw new IOException("the request ended early or is too long");
            }
            bytes.write(b);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
