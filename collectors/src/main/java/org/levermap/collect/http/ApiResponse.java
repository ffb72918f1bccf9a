package org.levermap.collect.http;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One answer of a platform API.
 *
 * @param url the URL requested (the evidence a collector cites)
 * @param body the parsed JSON body
 * @param next the URL of the next page ({@code Link: rel="next"}), or null
 * @param cached whether the answer came from the cache after a {@code 304 Not Modified}
 */
public record ApiResponse(String url, JsonNode body, String next, boolean cached) {
}
