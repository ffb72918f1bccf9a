package org.levermap.collect.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.collect.http.ApiClient;
import org.levermap.collect.http.ApiException;
import org.levermap.collect.testing.ApiServer;
import org.levermap.collect.testing.ApiServer.Answer;
import org.levermap.collect.testing.PlatformApis;
import org.levermap.model.PackageFacts;
import org.levermap.model.PackageRef;
import org.levermap.model.Registry;

class PackageRegistriesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static PackageRegistries registries(ApiServer api) {
        return new PackageRegistries(new ApiClient(null, Duration.ofSeconds(20), "test"),
                new PackageRegistries.Bases(api.base(), api.base(), api.base()), TODAY);
    }

    @Test
    void npmMaintainersCanPublish() throws Exception {
        try (ApiServer api = PlatformApis.registries(new ApiServer())) {
            PackageFacts p = registries(api).collect(new PackageRef(Registry.NPM, "widget"));
            assertEquals(List.of("alice", "mallory</a>"), p.owners());
            assertEquals("1.2.3", p.latestVersion());
            assertEquals(LocalDate.of(2019, 1, 1), p.created());
            assertEquals(api.base() + "/widget", p.evidence().url());
        }
    }

    @Test
    void cratesOwnersIncludeTeams() throws Exception {
        try (ApiServer api = PlatformApis.registries(new ApiServer())) {
            PackageFacts p = registries(api).collect(new PackageRef(Registry.CRATES, "widget"));
            assertEquals(List.of("alice", "github:acme:release"), p.owners());
            assertEquals("0.3.0", p.latestVersion());
            assertEquals(LocalDate.of(2020, 2, 2), p.created());
            assertEquals(api.base() + "/api/v1/crates/widget/owners", p.evidence().url());
        }
    }

    @Test
    void pypiOwnershipNotTheAuthorField() throws Exception {
        try (ApiServer api = PlatformApis.registries(new ApiServer())) {
            PackageFacts p = registries(api).collect(new PackageRef(Registry.PYPI, "widget"));
            assertEquals(List.of("acme", "alice", "erin"), p.owners());
            assertEquals(LocalDate.of(2018, 5, 5), p.created());
        }
    }

    @Test
    void pypiWithoutOwnershipClaimsNoOwner() throws Exception {
        try (ApiServer api = new ApiServer()) {
            api.on("/pypi/widget/json", Answer.json("{\"info\":{\"version\":\"1\",\"author\":\"Someone\"}}"));
            assertEquals(List.of(), registries(api).collect(new PackageRef(Registry.PYPI, "widget")).owners());
        }
    }

    @Test
    void aScopedNpmNameIsEncodedAndAWrongOneIsNotFound() {
        try (ApiServer api = new ApiServer()) {
            ApiException e = assertThrows(ApiException.class,
                    () -> registries(api).collect(new PackageRef(Registry.NPM, "@acme/nope")));
            assertEquals(ApiException.Reason.NOT_FOUND, e.reason());
            assertEquals(1, api.hits("/@acme%2Fnope"));
        }
    }

    @Test
    void malformedAnswerIsNamed() {
        try (ApiServer api = new ApiServer()) {
            api.on("/api/v1/crates/widget", Answer.json("<html>maintenance</html>"));
            ApiException e = assertThrows(ApiException.class,
                    () -> registries(api).collect(new PackageRef(Registry.CRATES, "widget")));
            assertEquals(ApiException.Reason.MALFORMED, e.reason());
            assertTrue(e.getMessage().startsWith(api.base() + "/api/v1/crates/widget"), e.getMessage());
        }
    }
}
