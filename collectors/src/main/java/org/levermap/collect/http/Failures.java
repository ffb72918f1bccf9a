package org.levermap.collect.http;

import java.net.http.HttpHeaders;
import java.time.Instant;

/** Turns an error status into an {@link ApiException} a user can act on. */
final class Failures {

    private Failures() {
    }

    static ApiException of(String url, int status, HttpHeaders headers, boolean authenticated) {
        boolean spent = headers.firstValue("x-ratelimit-remaining").map(v -> v.trim().equals("0")).orElse(false)
                || headers.firstValue("Retry-After").isPresent();
        if ((status == 403 || status == 429) && spent) {
            Instant reset = ApiClient.epochSeconds(headers.firstValue("x-ratelimit-reset").orElse(null));
            if (reset == null) {
                reset = headers.firstValue("Retry-After").map(Failures::seconds).map(s -> Instant.now().plusSeconds(s))
                        .orElse(null);
            }
            return new ApiException(ApiException.Reason.RATE_LIMITED, url, url + ": rate limit reached"
                    + (reset == null ? "" : "; it resets at " + reset)
                    + (authenticated ? "" : " (a token raises the limit)"), reset);
        }
        if (status == 404 || status == 410) {
            return new ApiException(ApiException.Reason.NOT_FOUND, url, url + ": not found (" + status
                    + "): the name is wrong" + (authenticated ? "" : ", or it is private"), null);
        }
        if (status == 401 || status == 403) {
            return new ApiException(ApiException.Reason.UNAUTHORIZED, url, url + ": refused (" + status + "): "
                    + (authenticated ? "the token is not valid or lacks the permission" : "this needs a token"), null);
        }
        return new ApiException(ApiException.Reason.FAILED, url, url + ": answered " + status, null);
    }

    private static Long seconds(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
