package org.levermap.collect.forge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.levermap.collect.http.ApiSource;
import org.levermap.collect.http.ApiException;
import org.levermap.collect.testing.ApiServer;
import org.levermap.collect.testing.ApiServer.Answer;
import org.levermap.collect.testing.PlatformApis;
import org.levermap.model.AccountKind;
import org.levermap.model.DocumentKind;
import org.levermap.model.ForgeFacts;
import org.levermap.model.ForgeKind;
import org.levermap.model.ForgeRules;

class GitHubForgeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final ForgeRepository WIDGET = new ForgeRepository(ForgeKind.GITHUB, "github.com", "acme", "widget");

    private static GitHubForge forge(ApiServer api) {
        return new GitHubForge(new ApiSource(new ApiClient(null, Duration.ofSeconds(20), "test"), api.base(), null, TODAY));
    }

    @Test
    void readsOwnerOrganisationMembersProtectionAndReleases() throws Exception {
        try (ApiServer api = PlatformApis.github(new ApiServer())) {
            List<String> warnings = new ArrayList<>();
            ForgeFacts f = forge(api).collect(WIDGET, warnings);
            assertEquals(List.of(), warnings);
            assertEquals("acme", f.owner());
            assertEquals(AccountKind.ORGANIZATION, f.ownerKind());
            assertEquals(false, f.archived());
            assertNull(f.forkOf());
            assertEquals(true, f.branchProtected());
            assertEquals(api.base() + "/repos/acme/widget", f.evidence().url());
            assertEquals(TODAY, f.evidence().read());
            ForgeFacts.ForgeOrganisation org = f.organisation();
            assertEquals("Acme <script>alert('org')</script>", org.name(), "kept as read; escaping is the views' job");
            assertEquals(LocalDate.of(2012, 5, 6), org.created());
            assertEquals(List.of("alice", "bob<script>", "carol"), org.members(), "both member pages");
            assertEquals(api.base() + "/orgs/acme/public_members?per_page=100", org.membersEvidence().url());
            assertEquals("release-bot[bot]", f.releases().get(0).publisher());
            assertEquals(LocalDate.of(2024, 5, 1), f.releases().get(0).published());
        }
    }

    @Test
    void readsTheProtectionRuleTheRulesetsAndTheOrganisationsSharedFiles() throws Exception {
        try (ApiServer api = PlatformApis.github(new ApiServer())) {
            ForgeRules rules = forge(api).collect(WIDGET, new ArrayList<>()).rules();
            ForgeRules.BranchProtection p = rules.protection();
            assertEquals(true, p.readable());
            assertEquals(2, p.requiredApprovals());
            assertEquals(true, p.codeOwnerReviews());
            assertEquals(false, p.enforceAdmins());
            assertEquals(List.of("alice", "team:release-crew", "app:octoapp"), p.pushAllowed());
            assertEquals(api.base() + "/repos/acme/widget/branches/main/protection", p.evidence().url());
            ForgeRules.Ruleset main = rules.rulesets().get(0);
            assertEquals("protect <script>alert('main')</script>", main.name());
            assertEquals("Repository acme/widget", main.source());
            assertEquals(List.of(new ForgeRules.BypassActor("OrganizationAdmin", 1, "always"),
                    new ForgeRules.BypassActor("RepositoryRole", 5, "always"),
                    new ForgeRules.BypassActor("Team", 234, "pull_request"),
                    new ForgeRules.BypassActor("Integration", 99, "<img src=x onerror=alert(1)>"),
                    new ForgeRules.BypassActor("DeployKey", null, "always")), main.bypassActors(),
                    "an actor without a type is left out; hostile text kept as read");
            assertEquals(true, main.bypassListed());
            assertEquals(api.base() + "/repos/acme/widget/rulesets/42", main.evidence().url());
            ForgeRules.Ruleset org = rules.rulesets().get(1);
            assertEquals(List.of(), org.bypassActors());
            assertEquals(false, org.bypassListed(), "left out of the answer: not visible anonymously, not 'none'");
            assertEquals("Organization acme", org.source());
            assertEquals(api.base() + "/repos/acme/widget/rulesets?per_page=100", rules.rulesetsEvidence().url());
            assertEquals(List.of(DocumentKind.GOVERNANCE, DocumentKind.CODE_OF_CONDUCT, DocumentKind.FUNDING),
                    rules.communityFiles(), "files of the root and docs/; a folder named SECURITY.md is no file");
            assertEquals(api.base() + "/repos/acme/.github/contents/", rules.communityEvidence().url());
        }
    }

    @Test
    void codeOwnerTeamsAreResolvedToMembersWhereTheTokenCanSeeThem() throws Exception {
        try (ApiServer api = PlatformApis.github(new ApiServer())) {
            api.onFixture("/orgs/acme/teams/core/members?per_page=100", "github-members-1.json");
            List<String> warnings = new ArrayList<>();
            ForgeRules rules = forge(api).collect(WIDGET, List.of("@acme/core", "@acme/hidden", "@acme/core",
                    "not-a-team"), warnings).rules();
            assertEquals(2, rules.codeOwnerTeams().size(), "each handle once; a name that is no team is skipped");
            ForgeRules.Team core = rules.codeOwnerTeams().get(0);
            assertEquals("@acme/core", core.team());
            assertEquals(true, core.readable());
            assertEquals(List.of("alice", "bob<script>"), core.members());
            assertEquals(api.base() + "/orgs/acme/teams/core/members?per_page=100", core.evidence().url());
            ForgeRules.Team hidden = rules.codeOwnerTeams().get(1);
            assertEquals(false, hidden.readable(), "404: not readable, not absent");
            assertEquals(List.of(), hidden.members());
            assertEquals(List.of("the members of the CODEOWNERS teams @acme/hidden: this needs a token that can see"
                    + " the teams (read:org)"), warnings);
        }
    }

    @Test
    void anAnonymousReadingRecordsTheRuleAsNotReadable() throws Exception {
        for (int status : new int[] {404, 403}) {
            try (ApiServer api = PlatformApis.github(new ApiServer())) {
                api.on("/repos/acme/widget/branches/main/protection", Answer.status(status, Map.of()));
                List<String> warnings = new ArrayList<>();
                ForgeRules.BranchProtection p = forge(api).collect(WIDGET, warnings).rules().protection();
                assertEquals(false, p.readable(), "status " + status);
                assertNull(p.requiredApprovals());
                assertEquals(api.base() + "/repos/acme/widget/branches/main/protection", p.evidence().url());
                assertTrue(warnings.get(0).startsWith("the default branch's protection rule: "), warnings.toString());
            }
        }
    }

    @Test
    void anUnprotectedBranchHasNoRuleToReadAndNoDotGithubRepositorySharesNothing() throws Exception {
        try (ApiServer api = PlatformApis.github(new ApiServer())) {
            api.on("/repos/acme/widget/branches/main", Answer.json("{\"name\":\"main\",\"protected\":false}"));
            api.on("/repos/acme/.github/contents/", Answer.status(404, Map.of()));
            api.on("/repos/acme/widget/rulesets?per_page=100", PlatformApis.rateLimited());
            List<String> warnings = new ArrayList<>();
            ForgeRules rules = forge(api).collect(WIDGET, warnings).rules();
            assertNull(rules.protection());
            assertEquals(0, api.hits("/repos/acme/widget/branches/main/protection"));
            assertEquals(List.of(), rules.communityFiles());
            assertNotNull(rules.communityEvidence(), "a missing .github repository is an answer: no shared file");
            assertNull(rules.rulesetsEvidence());
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).startsWith("the rulesets: "), warnings.toString());
        }
    }

    @Test
    void aRulesetWhoseOwnAnswerFailsIsKeptAsListedAndSaysWhy() throws Exception {
        try (ApiServer api = PlatformApis.github(new ApiServer())) {
            api.on("/repos/acme/widget/rulesets/42", Answer.json("{\"bypass_actors\": [oops"));
            api.on("/repos/acme/widget/rulesets/7", PlatformApis.rateLimited());
            api.on("/repos/acme/widget/rulesets?per_page=100", Answer.json(api.fixture("github-rulesets.json")
                    .replaceFirst("\\[", "[{\"id\": 404, \"name\": \"gone\"},")));
            List<String> warnings = new ArrayList<>();
            List<ForgeRules.Ruleset> sets = forge(api).collect(WIDGET, warnings).rules().rulesets();
            assertEquals(3, sets.size());
            assertNull(sets.get(0).bypassListed(), "not found: neither 'none' nor 'hidden'");
            assertTrue(warnings.get(0).startsWith("the ruleset 'gone': ") && warnings.get(0).contains("not found"),
                    warnings.toString());
            assertNull(sets.get(1).bypassListed(), "not read: neither 'none' nor 'hidden'");
            assertNull(sets.get(1).evidence());
            assertTrue(warnings.get(1).startsWith("the ruleset 'protect <script>alert('main')</script>': ")
                    && warnings.get(1).contains("not JSON"), warnings.toString());
            assertTrue(warnings.get(2).contains("rate limit reached; it resets at"), warnings.toString());
        }
    }

    @Test
    void aForkNamesItsParentAndAUserOwnerHasNoOrganisation() throws Exception {
        try (ApiServer api = new ApiServer()) {
            api.on("/repos/acme/widget", Answer.json("{\"owner\":{\"login\":\"zoe\",\"type\":\"User\"},\"fork\":true,"
                    + "\"parent\":{\"full_name\":\"upstream/widget\"},\"archived\":true}"));
            List<String> warnings = new ArrayList<>();
            ForgeFacts f = forge(api).collect(WIDGET, warnings);
            assertEquals(AccountKind.USER, f.ownerKind());
            assertEquals("upstream/widget", f.forkOf());
            assertEquals(true, f.archived());
            assertNull(f.organisation());
            assertTrue(warnings.get(0).startsWith("the releases: "), warnings.toString());
        }
    }

    @Test
    void aFailingPartIsAWarningAndTheRestIsKept() throws Exception {
        try (ApiServer api = PlatformApis.github(new ApiServer())) {
            api.on("/orgs/acme/public_members?per_page=100", PlatformApis.rateLimited());
            api.on("/repos/acme/widget/branches/main", Answer.status(401, Map.of()));
            List<String> warnings = new ArrayList<>();
            ForgeFacts f = forge(api).collect(WIDGET, warnings);
            assertEquals("acme", f.owner());
            assertEquals(List.of(), f.organisation().members());
            assertNull(f.organisation().membersEvidence());
            assertNull(f.branchProtected());
            assertTrue(warnings.get(0).contains("rate limit reached; it resets at 2027-01-15T08:00:00Z"), warnings.toString());
            assertTrue(warnings.get(1).contains("this needs a token"), warnings.toString());
        }
    }

    @Test
    void forgejoGivesNoOwnerTypeSoTheOrganisationIsAskedFor() throws Exception {
        try (ApiServer api = PlatformApis.forgejo(new ApiServer())) {
            GitHubForge forgejo = new GitHubForge(new ApiSource(new ApiClient(null, Duration.ofSeconds(20), "test"),
                    api.base(), null, TODAY), ForgeKind.FORGEJO);
            List<String> warnings = new ArrayList<>();
            ForgeFacts f = forgejo.collect(new ForgeRepository(ForgeKind.FORGEJO, "codeberg.org", "acme", "widget"),
                    warnings);
            assertEquals(ForgeKind.FORGEJO, f.kind());
            assertEquals(AccountKind.ORGANIZATION, f.ownerKind());
            assertEquals("Acme e.V.", f.organisation().name());
            assertEquals("https://acme.example", f.organisation().blog());
            assertEquals(List.of("carol"), f.organisation().members());
            assertEquals(2, f.releases().size());
            assertTrue(warnings.get(0).startsWith("the default branch's protection: "), warnings.toString());
            api.on("/orgs/acme", ApiServer.Answer.status(404, Map.of()));
            assertEquals(AccountKind.USER, forgejo.collect(new ForgeRepository(ForgeKind.FORGEJO, "codeberg.org", "acme",
                    "widget"), new ArrayList<>()).ownerKind(), "no organisation of that name: a user");
        }
    }

    @Test
    void aWrongNameIsNotFound() {
        try (ApiServer api = new ApiServer()) {
            ApiException e = assertThrows(ApiException.class, () -> forge(api).collect(WIDGET, new ArrayList<>()));
            assertEquals(ApiException.Reason.NOT_FOUND, e.reason());
            assertTrue(e.getMessage().contains("the name is wrong"), e.getMessage());
        }
    }

    @Test
    void parsesForgeUrls() {
        assertEquals(WIDGET, ForgeRepository.parse("https://github.com/acme/widget.git"));
        assertEquals(WIDGET, ForgeRepository.parse("git@github.com:acme/widget.git"));
        assertEquals(new ForgeRepository(ForgeKind.FORGEJO, "codeberg.org", "a", "b"),
                ForgeRepository.parse("https://codeberg.org/a/b"));
        assertNotNull(ForgeRepository.parse("https://gitlab.com/g/p"));
        assertNull(ForgeRepository.parse("https://example.com/acme/widget"));
        assertNull(ForgeRepository.parse("https://github.com/acme"));
        assertNull(ForgeRepository.parse("../local/repo"));
    }
}
