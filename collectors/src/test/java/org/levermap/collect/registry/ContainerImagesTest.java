package org.levermap.collect.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.levermap.collect.http.ApiClient;
import org.levermap.collect.http.ApiException;
import org.levermap.collect.http.ApiSource;
import org.levermap.collect.testing.ApiServer;
import org.levermap.collect.testing.ApiServer.Answer;
import org.levermap.collect.testing.PlatformApis;
import org.levermap.model.AccountKind;
import org.levermap.model.ImageRef;
import org.levermap.model.PackageFacts;
import org.levermap.model.Registry;

class ContainerImagesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static ContainerImages images(ApiServer api, String token) {
        ApiClient client = new ApiClient(null, Duration.ofSeconds(20), "test");
        return new ContainerImages(new ApiSource(client, api.base(), null, TODAY),
                new ApiSource(client, api.base(), token, TODAY));
    }

    private static ImageRef image(String reference) {
        return ImageRef.parse(reference).orElseThrow();
    }

    @Test
    void aDockerHubImageBelongsToItsNamespaceAndTheOrganisationBehindIt() throws Exception {
        try (ApiServer api = PlatformApis.containers(new ApiServer())) {
            List<String> warnings = new ArrayList<>();
            PackageFacts p = images(api, null).collect(image("docker.io/acme/widget"), warnings);
            assertEquals(List.of(), warnings);
            assertEquals(Registry.DOCKER, p.registry());
            assertEquals("acme/widget", p.name());
            assertEquals(List.of("acme"), p.owners());
            assertEquals(LocalDate.of(2019, 4, 17), p.created());
            assertEquals(api.base() + "/v2/namespaces/acme/repositories/widget", p.evidence().url());
            assertEquals(TODAY, p.evidence().read());
            assertEquals(AccountKind.ORGANIZATION, p.owner().kind());
            assertEquals("Acme Corp <img src=x onerror=alert(1)>", p.owner().name(), "kept as read; the views escape it");
            assertEquals(api.base() + "/v2/orgs/acme", p.owner().evidence().url());
        }
    }

    @Test
    void aNamespaceNoOrganisationKnowsIsAskedForAsAUser() throws Exception {
        try (ApiServer api = PlatformApis.containers(new ApiServer())) {
            PackageFacts p = images(api, null).collect(image("zoe/tool"), new ArrayList<>());
            assertEquals(AccountKind.USER, p.owner().kind());
            assertEquals("Zoe's Garage", p.owner().name(), "no full name: the company");
            assertEquals(api.base() + "/v2/users/zoe", p.owner().evidence().url());
            assertEquals(1, api.hits("/v2/orgs/zoe"));
        }
    }

    @Test
    void aGhcrImageBelongsToTheGitHubAccountItsPathNames() throws Exception {
        try (ApiServer api = PlatformApis.containers(new ApiServer())) {
            PackageFacts p = images(api, "t0k").collect(image("ghcr.io/acme/tools/widget"), new ArrayList<>());
            assertEquals(Registry.GHCR, p.registry());
            assertEquals("acme/tools/widget", p.name());
            assertEquals(List.of("acme"), p.owners());
            assertNull(p.created(), "GHCR has no anonymous API for the image itself");
            assertEquals(AccountKind.ORGANIZATION, p.owner().kind());
            assertEquals(api.base() + "/users/acme", p.evidence().url());
            assertEquals("Bearer t0k", api.authorizations().get(0), "the forge's token, when there is one");
        }
    }

    @Test
    void theOwnersAccountFailingKeepsTheImage() throws Exception {
        try (ApiServer api = PlatformApis.containers(new ApiServer())) {
            api.on("/v2/orgs/acme", Answer.status(429, Map.of("Retry-After", "60")));
            List<String> warnings = new ArrayList<>();
            PackageFacts p = images(api, null).collect(image("acme/widget"), warnings);
            assertEquals(List.of("acme"), p.owners());
            assertNull(p.owner());
            assertTrue(warnings.get(0).startsWith("the owner of the image's namespace acme: ")
                    && warnings.get(0).contains("rate limit reached"), warnings.toString());
            api.on("/v2/orgs/acme", Answer.status(404, Map.of()));
            api.on("/v2/users/acme", Answer.json("{\"type\": [oops"));
            warnings.clear();
            assertNull(images(api, null).collect(image("acme/widget"), warnings).owner());
            assertTrue(warnings.get(0).contains("not JSON"), warnings.toString());
        }
    }

    @Test
    void aWrongNameIsNotFoundAndARefusalSaysSo() {
        try (ApiServer api = PlatformApis.containers(new ApiServer())) {
            ApiException missing = assertThrows(ApiException.class,
                    () -> images(api, null).collect(image("acme/nothing"), new ArrayList<>()));
            assertEquals(ApiException.Reason.NOT_FOUND, missing.reason());
            api.on("/users/acme", Answer.status(401, Map.of()));
            ApiException refused = assertThrows(ApiException.class,
                    () -> images(api, null).collect(image("ghcr.io/acme/widget"), new ArrayList<>()));
            assertEquals(ApiException.Reason.UNAUTHORIZED, refused.reason());
        }
    }
}
