package org.levermap.collect.http;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one JSON mapper of the API client and its cache, made at their first JSON (a holder class): a
 * fresh JVM spends about 0.08 s making a mapper, which a collect that asks no API (a local repository,
 * a past date) never needs.
 */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }
}
