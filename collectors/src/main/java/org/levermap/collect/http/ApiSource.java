package org.levermap.collect.http;

import java.time.LocalDate;
import org.levermap.model.ApiEvidence;

/**
 * One API as a collector reads it: the client, the API's root, the token (or none), and the day of
 * reading that every piece of evidence records.
 *
 * @param client the HTTP client
 * @param base the API's root, without a trailing slash
 * @param token a token, or null to read anonymously
 * @param today the day of reading
 */
public record ApiSource(ApiClient client, String base, String token, LocalDate today) {

    public ApiSource {
        base = base.replaceAll("/+$", "");
    }

    /** GETs {@code base + path}. */
    public ApiResponse get(String path) throws ApiException {
        return client.get(base + path, token);
    }

    /** GETs every {@code Link} page of the list at {@code base + path}. */
    public ApiResponse getAll(String path) throws ApiException {
        return client.getAll(base + path, token);
    }

    /** Evidence for {@code base + path}, read today. */
    public ApiEvidence evidence(String path, String field) {
        return new ApiEvidence(base + path, field, today);
    }
}
