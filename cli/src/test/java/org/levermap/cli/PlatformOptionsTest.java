package org.levermap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.collect.testing.ApiServer;
import org.levermap.collect.testing.PlatformApis;

/**
 * {@code collect} with the sources beyond git, end to end: the platform APIs are played from fixtures
 * on 127.0.0.1, the snapshot is written, and the built page answers from what was collected.
 */
class PlatformOptionsTest {

    @TempDir
    Path tmp;

    Path data;
    ApiServer api;

    @BeforeEach
    void dataRepositoryWithAProjectOnEveryPlatform() throws Exception {
        data = tmp.resolve("data");
        assertEquals(0, Run.of("init", data.toString()).exitCode());
        try (Stream<Path> files = Files.walk(data.resolve("projects/pytorch"))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (DemoRepository repo = DemoRepository.init(tmp.resolve("repos/widget"))) {
            repo.commit("2023-01-10", "init", Map.of("LICENSE", DemoRepository.license("Apache-2.0")));
        }
        Files.createDirectories(data.resolve("projects/widget"));
        Files.writeString(data.resolve("projects/widget/project.yaml"), """
                id: widget
                name: Widget
                kind: model
                repository: ../repos/widget
                forge: https://github.com/acme/widget
                hub: acme/widget-7b
                website: https://www.acme.example
                packages:
                  - registry: npm
                    name: widget
                  - registry: crates
                    name: widget
                """);
        Files.writeString(data.resolve("actors/acme.yaml"), "id: acme\nname: Acme Corp\nkind: company\n");
        api = PlatformApis.all(new ApiServer());
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private Run collect(String... args) {
        List<String> all = new ArrayList<>(List.of("collect", "-C", data.toString(), "--cache-dir",
                tmp.resolve("cache").toString(), "--api-timeout", "20"));
        for (String name : List.of("github", "hub", "npm", "crates", "pypi", "docker", "rdap")) {
            all.add("--api");
            all.add(name + "=" + api.base());
        }
        all.addAll(List.of(args));
        return Run.of(all.toArray(String[]::new));
    }

    private Path today() {
        return data.resolve("projects/widget/snapshots/" + LocalDate.now(ZoneOffset.UTC) + ".yaml");
    }

    @Test
    void theCollectedOwnerAnswersOnTheBuiltPageWithLinksToTheApi() throws Exception {
        Run run = collect("widget");
        assertEquals(0, run.exitCode(), run.err());
        // The only warning: today is after the fixture's newest commit (said for every such date).
        assertFalse(run.err().replaceAll("levermap: warning: \\S+: \\S+ is after the newest commit[^\n]*\n", "")
                .contains("warning"), run.err());
        String snapshot = Files.readString(today());
        assertTrue(snapshot.contains("platforms:\n  forge:\n    kind: github\n    repository: acme/widget\n"
                + "    owner: acme\n    owner_kind: organization\n"), snapshot);
        assertTrue(snapshot.contains("url: " + api.base() + "/repos/acme/widget\n"), snapshot);
        assertTrue(snapshot.contains("gating: manual"), snapshot);
        assertEquals(0, Run.of("validate", data.toString()).exitCode());

        Path out = tmp.resolve("site");
        Run build = Run.of("build", data.toString(), "-o", out.toString());
        assertEquals(0, build.exitCode(), build.err());
        String page = Files.readString(out.resolve("projects/widget/index.html"));
        assertTrue(page.contains("Only Acme Corp can delete or rename the repository: the GitHub organisation acme owns it."),
                page);
        assertTrue(page.contains("Acme Corp holds the admin rights through the GitHub organisation acme"), page);
        assertTrue(page.contains("href=\"" + api.base() + "/repos/acme/widget\""), "evidence links to the API URL");
        assertTrue(page.contains("acme (organisation): owns the repository on github"), "the lever table, collected");
        assertTrue(page.contains("mallory&lt;/a&gt;: can ship a release of npm package widget"), page);
        String snapshotPage = Files.readString(out.resolve("projects/widget/" + LocalDate.now(ZoneOffset.UTC) + ".html"));
        assertTrue(snapshotPage.contains("Observed on the platforms"), snapshotPage);
        assertTrue(snapshotPage.contains("bob&lt;script&gt;"), "a hostile member login stays text");
    }

    @Test
    void theImagesOwnersAndTheRulesetsBypassActorsReachTheDerivedReport() throws Exception {
        Path project = data.resolve("projects/widget/project.yaml");
        Files.writeString(project, Files.readString(project) + "images:\n  - acme/widget\n  - ghcr.io/acme/widget\n");
        PlatformApis.containers(api);
        Run run = collect("widget");
        assertEquals(0, run.exitCode(), run.err());
        String snapshot = Files.readString(today());
        assertTrue(snapshot.contains("- registry: docker\n      name: acme/widget\n      owners:\n        - acme\n"), snapshot);
        assertTrue(snapshot.contains("- registry: ghcr\n"), snapshot);
        assertTrue(snapshot.contains("bypass_actors:\n            - actor_type: OrganizationAdmin\n"), snapshot);
        assertEquals(0, Run.of("validate", data.toString()).exitCode());

        Path out = tmp.resolve("site");
        Run build = Run.of("build", data.toString(), "-o", out.toString());
        assertEquals(0, build.exitCode(), build.err());
        String page = Files.readString(out.resolve("projects/widget/index.html"));
        assertTrue(page.contains("can ship a release of docker image acme/widget"), page);
        assertTrue(page.contains("lets the organisation&#39;s admins, the repository role with id 5")
                || page.contains("lets the organisation's admins, the repository role with id 5"), page);
        assertTrue(page.contains("href=\"" + api.base() + "/repos/acme/widget/rulesets/42\""), "cited with its API URL");
    }

    @Test
    void theCodeOwnerTeamsGitFoundAreResolvedByTheForge() throws Exception {
        try (DemoRepository repo = DemoRepository.open(tmp.resolve("repos/widget"))) {
            repo.commit("2023-01-11", "owners", Map.of(".github/CODEOWNERS", "* @acme/core\n"));
        }
        api.onFixture("/orgs/acme/teams/core/members?per_page=100", "github-members-2.json");
        Run run = collect("widget");
        assertEquals(0, run.exitCode(), run.err());
        String snapshot = Files.readString(today());
        assertTrue(snapshot.contains("- team: '@acme/core'\n          readable: true\n          members:\n            - carol\n"), snapshot);
        assertTrue(snapshot.contains("url: " + api.base() + "/orgs/acme/teams/core/members?per_page=100"), snapshot);
        assertEquals(1, api.hits("/orgs/acme/teams/core/members?per_page=100"));
    }

    @Test
    void aFailingSourceIsAWarningAndTheOthersAreKept() throws Exception {
        api.on("/repos/acme/widget", PlatformApis.rateLimited());
        Run run = collect("widget");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("\nlevermap: warning: widget: forge: " + api.base() + "/repos/acme/widget: rate"
                + " limit reached; it resets at 2027-01-15T08:00:00Z"), run.err());
        String snapshot = Files.readString(today());
        assertFalse(snapshot.contains("  forge:"), snapshot);
        assertTrue(snapshot.contains("  hub:"), snapshot);
        assertTrue(snapshot.contains("    - \"forge: " + api.base() + "/repos/acme/widget: rate limit reached"), "the failure is kept in the provenance: " + snapshot);
    }

    @Test
    void offlineAndChosenSourcesAskOnlyWhatTheySay() throws Exception {
        assertEquals(0, collect("widget", "--offline").exitCode());
        assertEquals(0, api.hits("/repos/acme/widget"));
        assertFalse(Files.readString(today()).contains("platforms:"));
        Run hubOnly = collect("widget", "--force", "--sources", "git,hub");
        assertEquals(0, hubOnly.exitCode(), hubOnly.err());
        assertEquals(0, api.hits("/repos/acme/widget"));
        assertEquals(1, api.hits("/api/models/acme/widget-7b"));
    }

    @Test
    void aPastDateGetsNoPlatforms() throws Exception {
        assertEquals(0, collect("widget", "--as-of", "2023-06-30").exitCode());
        assertEquals(0, api.hits("/repos/acme/widget"));
    }

    @Test
    void wrongOptionsAreNamed() {
        Run unknown = collect("widget", "--sources", "git,forge,dns");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("--sources: unknown source 'dns'; the sources are git, forge, hub, registry,"
                + " domain"), unknown.err());
        Run offline = collect("widget", "--offline", "--sources", "forge");
        assertTrue(offline.err().contains("--offline reads git only"), offline.err());
        Run badApi = Run.of("collect", "-C", data.toString(), "widget", "--api", "gihtub=https://x");
        assertTrue(badApi.err().contains("--api: no API named 'gihtub'"), badApi.err());
    }
}
