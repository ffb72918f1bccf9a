package org.levermap.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Serves a built site on 127.0.0.1 only, as GitHub Pages would (a folder serves its index.html, a
 * missing page the site's 404.html with status 404), and adds the live-reload script to HTML pages.
 * Never serves a file outside the site folder. Answers only requests addressed to a loopback name
 * ({@code 127.0.0.1}, {@code localhost}, {@code [::1]}), so that a web page cannot reach it through a
 * name it rebinds to 127.0.0.1; before the first build every page says the site is being built.
 * Each connection has its own thread, and a request not sent whole within {@link #REQUEST_SECONDS}
 * is dropped, so a few half-sent requests cannot stall the others.
 */
public final class PreviewServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"));

    /** How long a request may take to arrive (the JDK server's own limit, read once per JVM). */
    static final int REQUEST_SECONDS = 30;
    private static final java.util.regex.Pattern LOOPBACK =
            java.util.regex.Pattern.compile("(?i)(127\\.0\\.0\\.1|localhost|\\[::1\\])(:\\d{1,5})?");

    private final HttpServer server;
    private final Path site;
    private final LiveReload reload;

    /**
     * Starts serving.
     *
     * @param site the built site's folder
     * @param reload the live-reload state
     * @param port the port, 0 for any free one
     */
    public PreviewServer(Path site, LiveReload reload, int port) throws IOException {
        this.site = site.toAbsolutePath().normalize();
        this.reload = reload;
        // The JDK server reads this when its first instance starts; without it a request may take forever.
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", String.valueOf(REQUEST_SECONDS));
        }
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 32);
        server.createContext("/", this::handle);
        // A thread per connection: a connection that sends its request slowly holds only its own thread.
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "levermap-serve");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    /** The port served on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The site's address. */
    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            String host = x.getRequestHeaders().getFirst("Host");
            if (host == null || !LOOPBACK.matcher(host.strip()).matches()) {
                send(x, 421, TYPES.get("txt"), ("levermap serve answers only requests for 127.0.0.1 or localhost\n")
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            String method = x.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(x, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = x.getRequestURI().getPath();
            if (path.equals(LiveReload.SCRIPT_PATH)) {
                send(x, 200, TYPES.get("js"), LiveReload.script().getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals(LiveReload.STATUS_PATH)) {
                send(x, 200, TYPES.get("json"), reload.status().getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (reload.build() == 0 && !Files.isDirectory(site)) {
                send(x, 503, TYPES.get("html"), building().getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path file = resolve(path);
            int status = 200;
            if (file == null || !Files.isRegularFile(file)) {
                status = 404;
                file = site.resolve("404.html");
                if (!Files.isRegularFile(file)) {
                    String why = reload.error() == null ? "not found\n" : "the site has not been built:\n" + reload.error();
                    send(x, 404, TYPES.get("txt"), why.getBytes(StandardCharsets.UTF_8));
                    return;
                }
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            byte[] bytes = Files.readAllBytes(file);
            if (ext.equals("html")) {
                bytes = LiveReload.inject(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            send(x, status, TYPES.getOrDefault(ext, "application/octet-stream"), bytes);
        }
    }

    /** The page served until the first build is done: it reloads itself then, or shows the build's error. */
    private static String building() {
        return LiveReload.inject("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Building…</title></head><body><p>Building the site… this page reloads when it is ready.</p>"
                + "</body></html>");
    }

    /** The file a URL path names inside the site, a folder's index.html for a folder; null outside the site. */
    private Path resolve(String urlPath) {
        String rel = urlPath.startsWith("/") ? urlPath.substring(1) : urlPath;
        if (rel.indexOf('\0') >= 0) {
            return null;
        }
        Path file;
        try {
            file = site.resolve(rel).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
        if (!file.startsWith(site)) {
            return null;
        }
        return Files.isDirectory(file) ? file.resolve("index.html") : file;
    }

    private static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().set("Content-Type", type);
        x.getResponseHeaders().set("Cache-Control", "no-store");
        x.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = x.getRequestMethod().equals("HEAD");
        x.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
