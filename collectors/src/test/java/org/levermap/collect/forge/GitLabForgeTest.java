package org.levermap.collect.forge;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.levermap.model.AccountKind;
import org.levermap.model.ForgeFacts;
import org.levermap.model.ForgeKind;

class GitLabForgeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final ForgeRepository WIDGET = new ForgeRepository(ForgeKind.GITLAB, "gitlab.com", "acme", "widget");

    static GitLabForge forge(ApiServer api) {
        return new GitLabForge(new ApiSource(new ApiClient(null, Duration.ofSeconds(20), "test"), api.base(), null, TODAY));
    }

    static ApiServer gitlab(ApiServer api) {
        api.onFixture("/projects/acme%2Fwidget", "gitlab-project.json");
        api.onFixture("/groups/acme?with_projects=false", "gitlab-group.json");
        api.onFixture("/groups/acme/members?per_page=100", "gitlab-members.json");
        api.on("/projects/acme%2Fwidget/repository/branches/main", Answer.json("{\"name\":\"main\",\"protected\":true}"));
        api.onFixture("/projects/acme%2Fwidget/releases?per_page=30", "gitlab-releases.json");
        api.onFixture("/projects/acme%2Fwidget/protected_branches/main", "gitlab-protected-branch.json");
        api.onFixture("/projects/acme%2Fwidget/approval_rules?per_page=100", "gitlab-approval-rules.json");
        api.onFixture("/projects/acme%2Fgitlab-profile/repository/tree?per_page=100", "gitlab-profile-tree.json");
        return api;
    }

    @Test
    void readsTheGroupItsMembersTheForkParentAndReleases() throws Exception {
        try (ApiServer api = gitlab(new ApiServer())) {
            List<String> warnings = new ArrayList<>();
            ForgeFacts f = forge(api).collect(WIDGET, warnings);
            assertEquals(List.of(), warnings);
            assertEquals(ForgeKind.GITLAB, f.kind());
            assertEquals("acme", f.owner());
            assertEquals(AccountKind.ORGANIZATION, f.ownerKind());
            assertEquals("upstream/widget", f.forkOf());
            assertEquals(true, f.branchProtected());
            assertEquals("Acme <b>Group</b>", f.organisation().name());
            assertEquals(LocalDate.of(2016, 6, 1), f.organisation().created());
            assertEquals(List.of("alice", "eve\"><svg>"), f.organisation().members());
            assertEquals("alice", f.releases().get(0).publisher());
            assertEquals(api.base() + "/projects/acme%2Fwidget", f.evidence().url());
        }
    }

    @Test
    void membersRefusedWithoutTokenKeepTheRest() throws Exception {
        try (ApiServer api = gitlab(new ApiServer())) {
            api.on("/groups/acme/members?per_page=100", Answer.status(401, Map.of()));
            List<String> warnings = new ArrayList<>();
            ForgeFacts f = forge(api).collect(WIDGET, warnings);
            assertEquals("acme", f.owner());
            assertNull(f.organisation().membersEvidence());
            assertTrue(warnings.get(0).startsWith("the group's members: ") && warnings.get(0).contains("needs a token"),
                    warnings.toString());
        }
    }

    @Test
    void aUserNamespaceIsAUser() throws Exception {
        try (ApiServer api = new ApiServer()) {
            api.on("/projects/acme%2Fwidget", Answer.json("{\"namespace\":{\"kind\":\"user\",\"full_path\":\"zoe\"}}"));
            ForgeFacts f = forge(api).collect(WIDGET, new ArrayList<>());
            assertEquals(AccountKind.USER, f.ownerKind());
            assertEquals("zoe", f.owner());
            assertNull(f.organisation());
        }
    }
}
