package org.levermap.collect.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.collect.testing.ApiServer;
import org.levermap.collect.testing.ApiServer.Answer;
import org.levermap.collect.testing.PlatformApis;
import org.levermap.model.PackageFacts;
import org.levermap.model.PackageRef;
import org.levermap.model.PlatformFacts;
import org.levermap.model.Project;
import org.levermap.model.ProjectKind;
import org.levermap.model.Registry;

class PlatformCollectorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path cache;

    static Project widget() {
        return new Project("widget", "Widget", ProjectKind.MODEL, null, "../widget", null, "https://www.acme.example",
                null, null, null, "https://github.com/acme/widget", "acme/widget-7b",
                List.of(new PackageRef(Registry.NPM, "widget"), new PackageRef(Registry.CRATES, "widget"),
                        new PackageRef(Registry.PYPI, "widget")));
    }

    private PlatformCollector collector(ApiServer api, Map<String, String> env) {
        return collector(api, env, Duration.ofSeconds(20));
    }

    private PlatformCollector collector(ApiServer api, Map<String, String> env, Duration timeout) {
        Endpoints endpoints = Endpoints.DEFAULT;
        for (String name : List.of("github", "forgejo", "gitlab", "hub", "npm", "crates", "pypi", "docker", "rdap")) {
            endpoints = endpoints.with(name, api.base());
        }
        return new PlatformCollector(cache, timeout, endpoints, env, TODAY, "test");
    }

    @Test
    void everySourceAnswers() {
        try (ApiServer api = PlatformApis.all(new ApiServer())) {
            PlatformResult result = collector(api, Map.of()).collect(widget(), EnumSet.allOf(Platform.class));
            assertEquals(List.of(), result.failures());
            PlatformFacts f = result.facts();
            assertEquals("acme", f.forge().owner());
            assertEquals("acme", f.hub().owner());
            assertEquals(3, f.packages().size());
            assertEquals("Acme Corp", f.domain().registrant());
        }
    }

    @Test
    void oneFailingSourceNeverLosesTheOthers() {
        try (ApiServer api = PlatformApis.all(new ApiServer())) {
            api.on("/repos/acme/widget", PlatformApis.rateLimited());
            api.on("/api/models/acme/widget-7b", Answer.json("{}").delayed(60_000));
            api.on("/widget", Answer.json("{\"maintainers\": [ broken"));
            // Long enough for the fast answers on a loaded machine, far shorter than the slow one.
            PlatformResult result = collector(api, Map.of(), Duration.ofSeconds(5)).collect(widget(),
                    EnumSet.allOf(Platform.class));
            assertNull(result.facts().forge());
            assertNull(result.facts().hub());
            assertEquals(2, result.facts().packages().size(), "crates and pypi still answer");
            assertNotNull(result.facts().domain());
            List<String> failures = result.failures();
            assertEquals(3, failures.size(), failures.toString());
            assertTrue(failures.get(0).startsWith("forge: ") && failures.get(0).contains("resets at 2027-01-15T08:00:00Z")
                    && failures.get(0).contains("a token raises the limit"), failures.get(0));
            assertTrue(failures.get(1).startsWith("hub: ") && failures.get(1).contains("no answer within 5000 ms"),
                    failures.get(1));
            assertTrue(failures.get(2).startsWith("registry: npm widget: ") && failures.get(2).contains("not JSON"),
                    failures.get(2));
        }
    }

    @Test
    void theImagesOwnersAreRegistryOwnersAndAFailingImageSaysWhich() {
        Project p = widget();
        Project withImages = new Project(p.id(), p.name(), p.kind(), null, p.repository(), null, null, null, null, null,
                null, null, List.of(), List.of("acme/widget", "ghcr.io/acme/widget", "docker.io/acme/gone"));
        try (ApiServer api = PlatformApis.containers(new ApiServer())) {
            PlatformResult result = collector(api, Map.of()).collect(withImages, EnumSet.of(Platform.REGISTRY));
            assertEquals(List.of(Registry.DOCKER, Registry.GHCR), result.facts().packages().stream()
                    .map(PackageFacts::registry).toList());
            assertEquals(1, result.failures().size(), result.failures().toString());
            assertTrue(result.failures().get(0).startsWith("registry: image docker.io/acme/gone: ")
                    && result.failures().get(0).contains("the name is wrong"), result.failures().toString());
            assertNull(collector(api, Map.of()).collect(withImages, EnumSet.of(Platform.FORGE)).facts(),
                    "images are the registry source");
        }
    }

    @Test
    void aWrongNameSaysWhichAndAMissingTokenWhatItWouldShow() {
        try (ApiServer api = PlatformApis.all(new ApiServer())) {
            api.on("/repos/acme/widget", Answer.status(404, Map.of()));
            api.on("/repos/acme/widget", Answer.status(404, Map.of()));
            PlatformResult wrong = collector(api, Map.of()).collect(widget(), EnumSet.of(Platform.FORGE));
            assertTrue(wrong.failures().get(0).contains("is 'acme/widget' the repository's name on github.com?"),
                    wrong.failures().toString());
            api.on("/repos/acme/widget", Answer.status(401, Map.of()));
            PlatformResult anonymous = collector(api, Map.of()).collect(widget(), EnumSet.of(Platform.FORGE));
            assertTrue(anonymous.failures().get(0).contains("set GITHUB_TOKEN"), anonymous.failures().toString());
            assertNull(anonymous.facts());
        }
    }

    @Test
    void aTokenFromTheEnvironmentIsSent() {
        try (ApiServer api = PlatformApis.github(new ApiServer())) {
            collector(api, Map.of("GITHUB_TOKEN", "t0k")).collect(widget(), EnumSet.of(Platform.FORGE));
            assertEquals("Bearer t0k", api.authorizations().get(0));
        }
    }

    @Test
    void aRerunSpendsNoRateLimitTwice() {
        try (ApiServer api = PlatformApis.github(new ApiServer())) {
            api.on("/repos/acme/widget", Answer.json(api.fixture("github-repo.json")).with("ETag", "W/\"abc\""));
            collector(api, Map.of()).collect(widget(), EnumSet.of(Platform.FORGE));
            PlatformResult again = collector(api, Map.of()).collect(widget(), EnumSet.of(Platform.FORGE));
            assertEquals("acme", again.facts().forge().owner(), "read from the cache after 304");
            assertEquals(2, api.hits("/repos/acme/widget"));
        }
    }

    @Test
    void onlyTheChosenSourcesAndThoseThatApply() {
        try (ApiServer api = PlatformApis.all(new ApiServer())) {
            Project bare = new Project("bare", "Bare", null, null, "../bare", null, null, null, null, null);
            PlatformResult none = collector(api, Map.of()).collect(bare, EnumSet.allOf(Platform.class));
            assertNull(none.facts());
            assertEquals(List.of(), none.failures());
            PlatformResult domainOnly = collector(api, Map.of()).collect(widget(), EnumSet.of(Platform.DOMAIN));
            assertNull(domainOnly.facts().forge());
            assertEquals(0, api.hits("/repos/acme/widget"));
        }
    }

    @Test
    void codebergIsReadFromForgejoAndGitLabFromItsOwnApi() {
        try (ApiServer api = new ApiServer()) {
            api.onFixture("/repos/acme/widget", "forgejo-repo.json");
            Project codeberg = new Project("w", "W", null, null, "https://codeberg.org/acme/widget", null, null, null,
                    null, null);
            PlatformResult read = collector(api, Map.of()).collect(codeberg, EnumSet.of(Platform.FORGE));
            assertEquals(org.levermap.model.ForgeKind.FORGEJO, read.facts().forge().kind());
            assertEquals("acme", read.facts().forge().owner());
            Project gitlab = new Project("g", "G", null, null, "https://gitlab.com/acme/widget", null, null, null,
                    null, null);
            api.on("/projects/acme%2Fwidget", ApiServer.Answer.status(404, Map.of()));
            PlatformResult wrong = collector(api, Map.of()).collect(gitlab, EnumSet.of(Platform.FORGE));
            assertTrue(wrong.failures().get(0).endsWith("(is 'acme/widget' the repository's name on gitlab.com?)"),
                    wrong.failures().toString());
        }
        assertEquals("https://git.example/api/v1", Endpoints.DEFAULT.onHost("forgejo", "git.example"));
        assertEquals("https://gitlab.com/api/v4", Endpoints.DEFAULT.onHost("gitlab", "gitlab.com"));
    }

    @Test
    void endpointsAreReplaceableByName() {
        assertEquals("https://ghe.example/api/v3", Endpoints.DEFAULT.with("github", "https://ghe.example/api/v3").of("github"));
        assertThrows(IllegalArgumentException.class, () -> Endpoints.DEFAULT.with("gihtub", "https://x"));
        assertThrows(IllegalArgumentException.class, () -> Endpoints.DEFAULT.with("github", "file:///etc"));
    }
}
