package org.levermap.collect.forge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.levermap.collect.testing.ApiServer;
import org.levermap.collect.testing.ApiServer.Answer;
import org.levermap.collect.testing.PlatformApis;
import org.levermap.model.DocumentKind;
import org.levermap.model.ForgeRules;

class GitLabRulesTest {

    private static ForgeRules rules(ApiServer api, List<String> warnings) throws Exception {
        return GitLabForgeTest.forge(api).collect(GitLabForgeTest.WIDGET, warnings).rules();
    }

    @Test
    void readsWhoMayPushAndMergeTheApprovalsAndTheGroupsProfileFiles() throws Exception {
        try (ApiServer api = GitLabForgeTest.gitlab(new ApiServer())) {
            List<String> warnings = new ArrayList<>();
            ForgeRules r = rules(api, warnings);
            assertEquals(List.of(), warnings);
            ForgeRules.BranchProtection p = r.protection();
            assertEquals(true, p.readable());
            assertEquals(List.of("role:Maintainers", "deploy-key:Deploy key"), p.pushAllowed());
            assertEquals(List.of("role:Developers + Maintainers", "user:Zoe <script>alert(1)</script>",
                    "group:release-team"), p.mergeAllowed(), "hostile text kept as read; the views escape it");
            assertEquals(2, p.requiredApprovals(), "the strictest approval rule");
            assertEquals(true, p.codeOwnerReviews());
            assertNull(p.enforceAdmins(), "GitLab does not say");
            assertEquals(api.base() + "/projects/acme%2Fwidget/protected_branches/main", p.evidence().url());
            assertEquals(List.of(DocumentKind.GOVERNANCE), r.communityFiles(), "a folder named SECURITY.md is no file");
            assertEquals(api.base() + "/projects/acme%2Fgitlab-profile/repository/tree?per_page=100",
                    r.communityEvidence().url());
            assertEquals(List.of(), r.rulesets());
            assertNull(r.rulesetsEvidence(), "GitLab has no rulesets");
        }
    }

    @Test
    void anAnonymousReadingRecordsTheRuleAsNotReadableAndAMissingProfileSharesNothing() throws Exception {
        for (int status : new int[] {401, 403, 404}) {
            try (ApiServer api = GitLabForgeTest.gitlab(new ApiServer())) {
                api.on("/projects/acme%2Fwidget/protected_branches/main", Answer.status(status, Map.of()));
                api.on("/projects/acme%2Fgitlab-profile/repository/tree?per_page=100", Answer.status(404, Map.of()));
                List<String> warnings = new ArrayList<>();
                ForgeRules r = rules(api, warnings);
                assertEquals(false, r.protection().readable(), "status " + status);
                assertEquals(List.of(), r.protection().mergeAllowed());
                assertEquals(0, api.hits("/projects/acme%2Fwidget/approval_rules?per_page=100"));
                assertEquals(List.of(), r.communityFiles());
                assertNotNull(r.communityEvidence(), "no gitlab-profile project is an answer: no shared file");
                assertEquals(1, warnings.size(), warnings.toString());
                assertTrue(warnings.get(0).startsWith("the default branch's protection rule: "), warnings.toString());
            }
        }
    }

    @Test
    void aFailingPartIsAWarningAndTheRestIsKept() throws Exception {
        try (ApiServer api = GitLabForgeTest.gitlab(new ApiServer())) {
            api.on("/projects/acme%2Fwidget/approval_rules?per_page=100", Answer.status(403, Map.of()));
            api.on("/projects/acme%2Fgitlab-profile/repository/tree?per_page=100", PlatformApis.rateLimited());
            List<String> warnings = new ArrayList<>();
            ForgeRules r = rules(api, warnings);
            assertNull(r.protection().requiredApprovals());
            assertEquals(List.of("role:Maintainers", "deploy-key:Deploy key"), r.protection().pushAllowed());
            assertNull(r.communityEvidence());
            assertTrue(warnings.get(0).startsWith("the approval rules: ") && warnings.get(0).contains("needs a token"),
                    warnings.toString());
            assertTrue(warnings.get(1).startsWith("the group's gitlab-profile project: ")
                    && warnings.get(1).contains("rate limit reached"), warnings.toString());
        }
    }

    @Test
    void anUnprotectedBranchHasNoRuleToReadAndMalformedAnswersAreWarnings() throws Exception {
        try (ApiServer api = GitLabForgeTest.gitlab(new ApiServer())) {
            api.on("/projects/acme%2Fwidget/repository/branches/main", Answer.json("{\"name\":\"main\",\"protected\":false}"));
            api.on("/projects/acme%2Fgitlab-profile/repository/tree?per_page=100", Answer.json("[{\"name\":"));
            List<String> warnings = new ArrayList<>();
            ForgeRules r = rules(api, warnings);
            assertNull(r, "nothing read: no rules");
            assertEquals(0, api.hits("/projects/acme%2Fwidget/protected_branches/main"));
            assertTrue(warnings.get(0).contains("not JSON"), warnings.toString());
        }
    }
}
