package org.levermap.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServerTest {

    @TempDir
    Path site;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(PreviewServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesLikeGitHubPagesWithTheReloadScriptAdded() throws Exception {
        Files.writeString(site.resolve("index.html"), "<html><body><p>home</p></body></html>");
        Files.createDirectories(site.resolve("projects/x"));
        Files.writeString(site.resolve("projects/x/index.html"), "<html><body>x</body></html>");
        Files.writeString(site.resolve("404.html"), "<html><body>missing</body></html>");
        Files.writeString(site.resolve("feed.xml"), "<feed/>");
        LiveReload reload = new LiveReload();
        try (PreviewServer server = new PreviewServer(site, reload, 0)) {
            assertTrue(server.url().startsWith("http://127.0.0.1:"));
            HttpResponse<String> home = get(server, "");
            assertEquals(200, home.statusCode());
            assertEquals("<html><body><p>home</p><script src=\"/__levermap/reload.js\" defer></script></body></html>",
                    home.body());
            assertEquals("text/html; charset=utf-8", home.headers().firstValue("content-type").orElseThrow());
            assertEquals(200, get(server, "projects/x/").statusCode());
            assertEquals("<feed/>", get(server, "feed.xml").body());
            assertEquals("application/xml", get(server, "feed.xml").headers().firstValue("content-type").orElseThrow());
            HttpResponse<String> missing = get(server, "nope.html");
            assertEquals(404, missing.statusCode());
            assertTrue(missing.body().contains("missing"));
            assertEquals(404, get(server, "../../etc/passwd").statusCode());
            assertEquals(404, get(server, "%2e%2e/%2e%2e/etc/passwd").statusCode());
            assertTrue(get(server, LiveReload.SCRIPT_PATH.substring(1)).body().contains("location.reload()"));
            assertEquals("{\"build\":0,\"error\":null}", get(server, LiveReload.STATUS_PATH.substring(1)).body());
            reload.built();
            reload.failed("projects/x/project.yaml:3:1: <oops>");
            assertEquals("{\"build\":1,\"error\":\"projects/x/project.yaml:3:1: \\u003Coops\\u003E\"}",
                    get(server, LiveReload.STATUS_PATH.substring(1)).body());
        }
    }

    /** Sends {@code request} as raw bytes and returns the status line; a hang fails the test, never waits forever. */
    private static String raw(PreviewServer server, String request) throws Exception {
        try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(20_000); // only to turn a hang into a failure
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(
                    socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII));
            return in.readLine();
        }
    }

    @Test
    void answersOnlyRequestsForALoopbackName() throws Exception {
        Files.writeString(site.resolve("index.html"), "<html><body>home</body></html>");
        LiveReload reload = new LiveReload();
        reload.built();
        try (PreviewServer server = new PreviewServer(site, reload, 0)) {
            for (String host : List.of("127.0.0.1:" + server.port(), "localhost:" + server.port(), "[::1]:" + server.port(),
                    "LOCALHOST")) {
                assertEquals("HTTP/1.1 200 OK", raw(server, "GET / HTTP/1.1\r\nHost: " + host + "\r\n\r\n"), host);
            }
            for (String host : List.of("evil.example", "evil.example:" + server.port(), "127.0.0.1.evil.example",
                    "localhost.evil.example")) {
                String status = raw(server, "GET / HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
                assertTrue(status.startsWith("HTTP/1.1 421"), host + ": " + status);
            }
        }
    }

    @Test
    void halfSentRequestsDoNotStopTheAnswers() throws Exception {
        Files.writeString(site.resolve("index.html"), "<html><body>home</body></html>");
        LiveReload reload = new LiveReload();
        reload.built();
        List<java.net.Socket> stalled = new java.util.ArrayList<>();
        try (PreviewServer server = new PreviewServer(site, reload, 0)) {
            for (int i = 0; i < 12; i++) {
                java.net.Socket s = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), server.port());
                s.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(
                        java.nio.charset.StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                stalled.add(s);
            }
            assertEquals("HTTP/1.1 200 OK", raw(server, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        } finally {
            for (java.net.Socket s : stalled) {
                s.close();
            }
        }
    }

    @Test
    void beforeTheFirstBuildEveryPageSaysItIsBuilding() throws Exception {
        LiveReload reload = new LiveReload();
        try (PreviewServer server = new PreviewServer(site.resolve("not-built-yet"), reload, 0)) {
            HttpResponse<String> page = get(server, "projects/x/");
            assertEquals(503, page.statusCode());
            assertTrue(page.body().contains("Building the site"), page.body());
            assertTrue(page.body().contains(LiveReload.SCRIPT_PATH), "it reloads itself when the build is done");
        }
    }
}
