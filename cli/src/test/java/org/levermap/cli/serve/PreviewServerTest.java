package org.levermap.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
