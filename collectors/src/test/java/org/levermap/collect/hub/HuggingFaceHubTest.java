package org.levermap.collect.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.levermap.collect.http.ApiClient;
import org.levermap.collect.http.ApiSource;
import org.levermap.collect.http.ApiException;
import org.levermap.collect.testing.ApiServer;
import org.levermap.collect.testing.ApiServer.Answer;
import org.levermap.collect.testing.PlatformApis;
import org.levermap.model.AccountKind;
import org.levermap.model.Gating;
import org.levermap.model.HubFacts;

class HuggingFaceHubTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final HubRepository MODEL = new HubRepository(false, "acme", "widget-7b");

    private static HuggingFaceHub hub(ApiServer api) {
        return new HuggingFaceHub(new ApiSource(new ApiClient(null, Duration.ofSeconds(20), "test"), api.base(), null, TODAY));
    }

    @Test
    void readsOwnerGatingCardMembersAndCommits() throws Exception {
        try (ApiServer api = PlatformApis.hub(new ApiServer())) {
            List<String> warnings = new ArrayList<>();
            HubFacts h = hub(api).collect(MODEL, warnings);
            assertEquals(List.of(), warnings);
            assertEquals("acme", h.owner());
            assertEquals(AccountKind.ORGANIZATION, h.ownerKind());
            assertEquals(Gating.MANUAL, h.gating());
            assertEquals("other", h.license());
            assertEquals(List.of("meta-llama/Llama-3-8B"), h.baseModels());
            assertEquals(List.of("alice", "dan\"><svg onload=alert(1)>"), h.members());
            assertEquals(LocalDate.of(2024, 4, 1), h.commits().get(1).date());
            assertEquals(List.of("bob"), h.commits().get(1).authors());
            assertEquals(api.base() + "/api/models/acme/widget-7b", h.evidence().url());
        }
    }

    @Test
    void anOwnerWithoutAnOrganisationIsAUser() throws Exception {
        try (ApiServer api = new ApiServer()) {
            api.on("/api/models/acme/widget-7b", Answer.json("{\"author\":\"zoe\",\"gated\":false}"));
            HubFacts h = hub(api).collect(MODEL, new ArrayList<>());
            assertEquals(AccountKind.USER, h.ownerKind());
            assertEquals(Gating.NONE, h.gating());
        }
    }

    @Test
    void aGatedRepositoryWithoutTokenIsUnauthorized() {
        try (ApiServer api = new ApiServer()) {
            api.on("/api/models/acme/widget-7b", Answer.status(401, Map.of()));
            ApiException e = assertThrows(ApiException.class, () -> hub(api).collect(MODEL, new ArrayList<>()));
            assertEquals(ApiException.Reason.UNAUTHORIZED, e.reason());
        }
    }

    @Test
    void readsGatingSpellings() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        assertEquals(Gating.AUTO, HuggingFaceHub.gating(json.textNode("auto")));
        assertEquals(Gating.AUTO, HuggingFaceHub.gating(json.booleanNode(true)));
        assertNull(HuggingFaceHub.gating(json.textNode("sometimes")));
        assertNull(HuggingFaceHub.gating(null));
    }

    @Test
    void parsesHubNames() {
        assertEquals(MODEL, HubRepository.parse("acme/widget-7b", false));
        assertEquals(MODEL, HubRepository.parse("https://huggingface.co/acme/widget-7b", false));
        assertTrue(HubRepository.parse("https://huggingface.co/datasets/acme/corpus", false).dataset());
        assertNull(HubRepository.fromUrl("https://github.com/acme/widget", false));
        assertNull(HubRepository.parse("not a name", false));
    }
}
