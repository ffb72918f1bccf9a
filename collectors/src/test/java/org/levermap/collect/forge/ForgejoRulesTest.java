package org.levermap.collect.forge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.levermap.collect.http.ApiClient;
import org.levermap.collect.http.ApiSource;
import org.levermap.collect.testing.ApiServer;
import org.levermap.collect.testing.ApiServer.Answer;
import org.levermap.collect.testing.PlatformApis;
import org.levermap.model.DocumentKind;
import org.levermap.model.ForgeKind;
import org.levermap.model.ForgeRules;

class ForgejoRulesTest {

    private static final ForgeRepository WIDGET = new ForgeRepository(ForgeKind.FORGEJO, "codeberg.org", "acme", "widget");

    private static ApiServer forgejo(ApiServer api) {
        PlatformApis.forgejo(api);
        api.on("/repos/acme/widget/branches/main", Answer.json("{\"name\":\"main\",\"protected\":true}"));
        api.onFixture("/repos/acme/widget/branch_protections/main", "forgejo-branch-protection.json");
        api.onFixture("/repos/acme/.profile/contents", "forgejo-profile.json");
        return api;
    }

    private static ForgeRules rules(ApiServer api, List<String> warnings) throws Exception {
        return new GitHubForge(new ApiSource(new ApiClient(null, Duration.ofSeconds(20), "test"), api.base(), null,
                LocalDate.of(2026, 11, 27)), ForgeKind.FORGEJO).collect(WIDGET, warnings).rules();
    }

    @Test
    void readsTheWhitelistsTheApprovalsAndTheProfileRepository() throws Exception {
        try (ApiServer api = forgejo(new ApiServer())) {
            List<String> warnings = new ArrayList<>();
            ForgeRules r = rules(api, warnings);
            assertEquals(List.of(), warnings);
            ForgeRules.BranchProtection p = r.protection();
            assertEquals(true, p.readable());
            assertEquals(List.of("alice", "mallory\"><script>alert(1)</script>", "team:Owners"), p.pushAllowed());
            assertEquals(List.of("alice", "bob"), p.mergeAllowed());
            assertEquals(2, p.requiredApprovals());
            assertEquals(true, p.enforceAdmins());
            assertEquals(api.base() + "/repos/acme/widget/branch_protections/main", p.evidence().url());
            assertEquals(List.of(DocumentKind.CONTRIBUTING), r.communityFiles(),
                    "a folder is no file; a hostile name is no known file");
            assertEquals(api.base() + "/repos/acme/.profile/contents", r.communityEvidence().url());
            assertNull(r.rulesetsEvidence(), "Forgejo has no rulesets");
        }
    }

    @Test
    void pushingSwitchedOffIsNoOneAndWithoutAWhitelistNobodyIsNamed() throws Exception {
        try (ApiServer api = forgejo(new ApiServer())) {
            api.on("/repos/acme/widget/branch_protections/main", Answer.json("{\"enable_push\":false}"));
            assertEquals(List.of("no one"), rules(api, new ArrayList<>()).protection().pushAllowed());
            api.on("/repos/acme/widget/branch_protections/main", Answer.json("{\"enable_push\":true,"
                    + "\"enable_push_whitelist\":false,\"push_whitelist_usernames\":[\"ghost\"]}"));
            assertEquals(List.of(), rules(api, new ArrayList<>()).protection().pushAllowed(),
                    "a whitelist switched off restricts nobody");
        }
    }

    @Test
    void anAnonymousReadingRecordsTheRuleAsNotReadableAndAMissingProfileSharesNothing() throws Exception {
        try (ApiServer api = forgejo(new ApiServer())) {
            api.on("/repos/acme/widget/branch_protections/main", Answer.status(403, Map.of()));
            api.on("/repos/acme/.profile/contents", Answer.status(404, Map.of()));
            List<String> warnings = new ArrayList<>();
            ForgeRules r = rules(api, warnings);
            assertEquals(false, r.protection().readable());
            assertTrue(warnings.get(0).contains("this needs a token"), warnings.toString());
            assertEquals(List.of(), r.communityFiles());
            assertNotNull(r.communityEvidence());
        }
    }

    @Test
    void aRateLimitOnTheProfileIsAWarningAndTheRuleIsKept() throws Exception {
        try (ApiServer api = forgejo(new ApiServer())) {
            api.on("/repos/acme/.profile/contents", PlatformApis.rateLimited());
            List<String> warnings = new ArrayList<>();
            ForgeRules r = rules(api, warnings);
            assertEquals(true, r.protection().readable());
            assertNull(r.communityEvidence());
            assertTrue(warnings.get(0).startsWith("the organisation's .profile repository: ")
                    && warnings.get(0).contains("it resets at"), warnings.toString());
        }
    }

    @Test
    void aMalformedRuleIsAWarningAndNoClaim() throws Exception {
        try (ApiServer api = forgejo(new ApiServer())) {
            api.on("/repos/acme/widget/branch_protections/main", Answer.json("{\"enable_push\": tru"));
            List<String> warnings = new ArrayList<>();
            ForgeRules r = rules(api, warnings);
            assertNull(r.protection(), "neither readable nor unreadable: the answer was broken");
            assertTrue(warnings.get(0).startsWith("the default branch's protection rule: ")
                    && warnings.get(0).contains("not JSON"), warnings.toString());
            assertEquals(List.of(DocumentKind.CONTRIBUTING), r.communityFiles());
        }
    }
}
