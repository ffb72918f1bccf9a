package org.levermap.collect.http;

import java.time.Instant;

/** A request to a platform API that gave no usable answer; the message says why in the user's terms. */
public final class ApiException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the request failed. */
    public enum Reason {
        /** 404 or 410: the name is wrong, or the resource is private. */
        NOT_FOUND,
        /** 401 or 403 without a rate limit: a token is missing, wrong, or lacks a scope. */
        UNAUTHORIZED,
        /** 403 or 429 with the rate limit spent. */
        RATE_LIMITED,
        /** No answer within the time-out. */
        TIMEOUT,
        /** The answer is not the JSON the API documents. */
        MALFORMED,
        /** Any other status, or no connection. */
        FAILED
    }

    private final Reason reason;
    private final String url;
    private final Instant reset;

    ApiException(Reason reason, String url, String message, Instant reset) {
        super(message);
        this.reason = reason;
        this.url = url;
        this.reset = reset;
    }

    /** Why the request failed. */
    public Reason reason() {
        return reason;
    }

    /** The URL requested. */
    public String url() {
        return url;
    }

    /** When the rate limit resets, for {@link Reason#RATE_LIMITED} when the API says; else null. */
    public Instant reset() {
        return reset;
    }
}
