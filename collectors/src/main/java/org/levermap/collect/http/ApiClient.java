package org.levermap.collect.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * GETs JSON from platform APIs. Every answer with an ETag is cached; a repeated request asks
 * {@code If-None-Match} and reads the cache on {@code 304}. Failures become {@link ApiException}s
 * whose message a user can act on.
 */
public final class ApiClient {

    /** Pages followed at most for one list, so that a huge organisation cannot stall a collection. */
    static final int MAX_PAGES = 20;

    /**
     * Made at the first request: its TLS set-up (about 500 classes, 0.25 s of a cold start) is not paid by
     * a run that never asks an API, such as a collect of a past date or a backfill (README, Start-up).
     */
    private HttpClient http;
    private final ResponseCache cache;
    private final Duration timeout;
    private final String userAgent;

    /**
     * @param cacheFolder where answers are cached with their ETags, or null for no cache
     * @param timeout how long one request may take, connection included
     * @param userAgent the {@code User-Agent} sent (GitHub refuses requests without one)
     */
    public ApiClient(Path cacheFolder, Duration timeout, String userAgent) {
        this.cache = new ResponseCache(cacheFolder);
        this.timeout = timeout;
        this.userAgent = userAgent;
    }

    /** GETs one JSON document; {@code token} is sent as a bearer token when not null. */
    public ApiResponse get(String url, String token) throws ApiException {
        boolean authenticated = token != null;
        Optional<ResponseCache.Entry> cached = cache.get(url, authenticated);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(url)).timeout(timeout).GET()
                .header("Accept", "application/json").header("User-Agent", userAgent);
        if (authenticated) {
            request.header("Authorization", "Bearer " + token);
        }
        cached.ifPresent(e -> request.header("If-None-Match", e.etag()));
        HttpResponse<String> response = send(url, request.build());
        int status = response.statusCode();
        if (status == 304 && cached.isPresent()) {
            return new ApiResponse(url, parse(url, cached.get().body()), cached.get().next(), true);
        }
        if (status >= 200 && status < 300) {
            String next = LinkHeader.next(response.headers().firstValue("Link").orElse(null));
            JsonNode body = parse(url, response.body());
            response.headers().firstValue("ETag").ifPresent(etag ->
                    cache.put(url, authenticated, new ResponseCache.Entry(etag, response.body(), next)));
            return new ApiResponse(url, body, next, false);
        }
        throw Failures.of(url, status, response.headers(), authenticated);
    }

    /**
     * GETs a list over its {@code Link} pages, up to {@link #MAX_PAGES}; returns the items of every
     * page, in order, and the first page's URL as the evidence.
     */
    public ApiResponse getAll(String url, String token) throws ApiException {
        ArrayNode items = Json.MAPPER.createArrayNode();
        String page = url;
        for (int n = 0; page != null && n < MAX_PAGES; n++) {
            ApiResponse response = get(page, token);
            if (!response.body().isArray()) {
                throw new ApiException(ApiException.Reason.MALFORMED, page, page + ": expected a JSON list", null);
            }
            items.addAll((ArrayNode) response.body());
            page = response.next();
        }
        return new ApiResponse(url, items, page, false);
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        return http;
    }

    private HttpResponse<String> send(String url, HttpRequest request) throws ApiException {
        try {
            return http().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new ApiException(ApiException.Reason.TIMEOUT, url, url + ": no answer within "
                    + timeout.toMillis() + " ms", null);
        } catch (IOException e) {
            throw new ApiException(ApiException.Reason.FAILED, url, url + ": cannot be reached ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(ApiException.Reason.FAILED, url, url + ": interrupted", null);
        }
    }

    private JsonNode parse(String url, String body) throws ApiException {
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new ApiException(ApiException.Reason.MALFORMED, url, url + ": the answer is empty", null);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ApiException(ApiException.Reason.MALFORMED, url, url + ": the answer is not JSON (line "
                    + e.getLocation().getLineNr() + ")", null);
        }
    }

    private static URI uri(String url) throws ApiException {
        try {
            return URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new ApiException(ApiException.Reason.FAILED, url, url + ": not a URL", null);
        }
    }

    /** The instant an epoch-seconds header names, or null. */
    static Instant epochSeconds(String value) {
        try {
            return value == null ? null : Instant.ofEpochSecond(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
