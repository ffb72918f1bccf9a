package org.levermap.collect.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.collect.testing.ApiServer;
import org.levermap.collect.testing.ApiServer.Answer;

class ApiClientTest {

    @TempDir
    Path cache;

    /** A time-out no loaded machine reaches; only the slow-answer test uses a short one. */
    private ApiClient client() {
        return new ApiClient(cache, Duration.ofSeconds(20), "levermap-test");
    }

    @Test
    void aRepeatedRequestIsAnsweredFromTheCacheOnNotModified() throws Exception {
        try (ApiServer api = new ApiServer()) {
            api.on("/thing", Answer.json("{\"a\":1}").with("ETag", "\"v1\""));
            ApiResponse first = client().get(api.base() + "/thing", null);
            ApiResponse second = client().get(api.base() + "/thing", null);
            assertFalse(first.cached());
            assertTrue(second.cached());
            assertEquals(1, second.body().get("a").asInt());
            assertEquals(2, api.hits("/thing"));
        }
    }

    @Test
    void aTokenIsSentAsBearerAndCachedApartFromAnonymousAnswers() throws Exception {
        try (ApiServer api = new ApiServer()) {
            api.on("/thing", Answer.json("{}").with("ETag", "\"v1\""));
            client().get(api.base() + "/thing", "secret");
            ApiResponse anonymous = client().get(api.base() + "/thing", null);
            assertFalse(anonymous.cached(), "an anonymous request does not reuse what a token saw");
            assertEquals("Bearer secret", api.authorizations().get(0));
            assertEquals("null", api.authorizations().get(1));
        }
    }

    @Test
    void followsLinkPagesAndConcatenatesTheirItems() throws Exception {
        try (ApiServer api = new ApiServer()) {
            api.on("/members", Answer.json("[{\"login\":\"a\"}]")
                    .with("Link", "<" + api.base() + "/members?page=2>; rel=\"next\", <" + api.base()
                            + "/members?page=2>; rel=\"last\""));
            api.on("/members?page=2", Answer.json("[{\"login\":\"b\"}]")
                    .with("Link", "<" + api.base() + "/members?page=1>; rel=\"prev\""));
            ApiResponse all = client().getAll(api.base() + "/members", null);
            assertEquals(2, all.body().size());
            assertEquals("b", all.body().get(1).get("login").asText());
            assertEquals(api.base() + "/members", all.url());
        }
    }

    @Test
    void aSpentRateLimitSaysWhenItResets() {
        try (ApiServer api = new ApiServer()) {
            api.on("/limited", Answer.status(403, Map.of("x-ratelimit-remaining", "0", "x-ratelimit-reset", "1800000000")));
            ApiException e = assertThrows(ApiException.class, () -> client().get(api.base() + "/limited", null));
            assertEquals(ApiException.Reason.RATE_LIMITED, e.reason());
            assertEquals(Instant.ofEpochSecond(1800000000L), e.reset());
            assertTrue(e.getMessage().contains("resets at 2027-01-15T08:00:00Z"), e.getMessage());
        }
    }

    @Test
    void statusesBecomeReasons() {
        try (ApiServer api = new ApiServer()) {
            api.on("/private", Answer.status(401, Map.of()));
            api.on("/forbidden", Answer.status(403, Map.of("x-ratelimit-remaining", "42")));
            api.on("/broken", Answer.status(500, Map.of()));
            assertEquals(ApiException.Reason.NOT_FOUND, reason(api, "/missing"));
            assertEquals(ApiException.Reason.UNAUTHORIZED, reason(api, "/private"));
            assertEquals(ApiException.Reason.UNAUTHORIZED, reason(api, "/forbidden"));
            assertEquals(ApiException.Reason.FAILED, reason(api, "/broken"));
        }
    }

    @Test
    void malformedJsonIsNamed() {
        try (ApiServer api = new ApiServer()) {
            api.on("/bad", Answer.json("{\"a\": [1, 2"));
            ApiException e = assertThrows(ApiException.class, () -> client().get(api.base() + "/bad", null));
            assertEquals(ApiException.Reason.MALFORMED, e.reason());
            assertTrue(e.getMessage().contains("not JSON"), e.getMessage());
        }
    }

    @Test
    void aSlowAnswerTimesOut() {
        try (ApiServer api = new ApiServer()) {
            api.on("/slow", Answer.json("{}").delayed(20_000));
            ApiClient impatient = new ApiClient(cache, Duration.ofMillis(500), "levermap-test");
            ApiException e = assertThrows(ApiException.class, () -> impatient.get(api.base() + "/slow", null));
            assertEquals(ApiException.Reason.TIMEOUT, e.reason());
            assertTrue(e.getMessage().contains("500 ms"), e.getMessage());
        }
    }

    @Test
    void readsTheNextLinkAmongOthers() {
        assertEquals("https://x/2", LinkHeader.next("<https://x/1>; rel=\"prev\", <https://x/2>; rel=\"next\""));
        assertEquals("https://x/3", LinkHeader.next("<https://x/3>; rel=next"));
        assertNull(LinkHeader.next("<https://x/1>; rel=\"last\""));
        assertNull(LinkHeader.next(null));
    }

    private ApiException.Reason reason(ApiServer api, String path) {
        return assertThrows(ApiException.class, () -> client().get(api.base() + path, null)).reason();
    }
}
