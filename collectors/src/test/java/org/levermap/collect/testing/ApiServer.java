package org.levermap.collect.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A platform API played from fixtures on 127.0.0.1: each path answers a fixed status, body and headers,
 * optionally after a delay; an answer with an ETag answers {@code 304} to a matching {@code If-None-Match}.
 * Fixture bodies are read from {@code src/test/resources/api/}.
 */
public final class ApiServer implements AutoCloseable {

    /** One canned answer. */
    public record Answer(int status, String body, Map<String, String> headers, long delayMillis) {

        public static Answer json(String body) {
            return new Answer(200, body, Map.of(), 0);
        }

        public static Answer status(int status, Map<String, String> headers) {
            return new Answer(status, "{\"message\":\"error\"}", headers, 0);
        }

        public Answer with(String header, String value) {
            var h = new java.util.HashMap<>(headers);
            h.put(header, value);
            return new Answer(status, body, h, delayMillis);
        }

        public Answer delayed(long millis) {
            return new Answer(status, body, headers, millis);
        }
    }

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService handlers = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "api-fixture");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final List<String> authorizations = java.util.Collections.synchronizedList(new ArrayList<>());

    public ApiServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(handlers);
        server.start();
    }

    /** The base URL, without a trailing slash. */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers {@code pathAndQuery} with {@code answer}. */
    public ApiServer on(String pathAndQuery, Answer answer) {
        answers.put(pathAndQuery, answer);
        return this;
    }

    /** Answers {@code pathAndQuery} with the fixture file {@code api/<resource>}, its {@code {base}} replaced. */
    public ApiServer onFixture(String pathAndQuery, String resource) {
        return on(pathAndQuery, Answer.json(fixture(resource)));
    }

    /** A fixture's text with {@code {base}} replaced by this server's base URL. */
    public String fixture(String resource) {
        try (InputStream in = ApiServer.class.getResourceAsStream("/api/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture api/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{base}", base());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many requests reached {@code pathAndQuery}, 304s included. */
    public int hits(String pathAndQuery) {
        AtomicInteger n = hits.get(pathAndQuery);
        return n == null ? 0 : n.get();
    }

    /** The Authorization headers received, in order ("null" for none). */
    public List<String> authorizations() {
        return new ArrayList<>(authorizations);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String key = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        hits.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        Answer answer = answers.getOrDefault(key, Answer.status(404, Map.of()));
        try {
            if (answer.delayMillis() > 0) {
                Thread.sleep(answer.delayMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        String etag = answer.headers().get("ETag");
        if (etag != null && etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(answer.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            // The client gave up (a time-out test); nothing to answer.
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        // A slow answer still sleeping is cut short.
        handlers.shutdownNow();
    }
}
