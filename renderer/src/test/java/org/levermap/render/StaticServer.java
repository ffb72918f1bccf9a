package org.levermap.render;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Serves folders on 127.0.0.1 for the browser test, as a static host would: /NAME/ is folder NAME. */
final class StaticServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css",
            "js", "text/javascript", "svg", "image/svg+xml", "json", "application/json", "xml", "application/xml");

    private final HttpServer server;

    StaticServer(Map<String, Path> sites) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        sites.forEach((name, dir) -> server.createContext("/" + name + "/", x -> {
            try (x) {
                String rel = x.getRequestURI().getPath().substring(name.length() + 2);
                Path file = dir.resolve(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel).normalize();
                int status = 200;
                if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
                    file = dir.resolve("404.html");
                    status = 404;
                }
                byte[] body = Files.readAllBytes(file);
                String name1 = file.getFileName().toString();
                x.getResponseHeaders().set("Content-Type",
                        TYPES.getOrDefault(name1.substring(name1.lastIndexOf('.') + 1), "application/octet-stream"));
                x.sendResponseHeaders(status, body.length);
                try (OutputStream out = x.getResponseBody()) {
                    out.write(body);
                }
            }
        }));
        server.start();
    }

    String url(String site) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + site + "/";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
