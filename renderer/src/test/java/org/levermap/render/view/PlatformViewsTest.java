package org.levermap.render.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.levermap.model.AccountKind;
import org.levermap.model.ApiEvidence;
import org.levermap.model.DocumentKind;
import org.levermap.model.ForgeFacts;
import org.levermap.model.ForgeKind;
import org.levermap.model.ForgeRules;
import org.levermap.model.HubFacts;
import org.levermap.model.PackageFacts;
import org.levermap.model.PlatformFacts;
import org.levermap.model.Registry;

class PlatformViewsTest {

    private static final LocalDate READ = LocalDate.of(2026, 11, 27);
    private static final ApiEvidence REPO = new ApiEvidence("https://api.github.com/repos/acme/widget", null, READ);

    private static Map<String, String> rows(PlatformFacts p) {
        return PlatformViews.of(p).rows().stream()
                .collect(Collectors.toMap(PlatformView.Row::lever, PlatformView.Row::observed, (a, b) -> a));
    }

    private static ForgeFacts forge(ForgeRules rules) {
        return new ForgeFacts(ForgeKind.GITHUB, "acme/widget", "acme", AccountKind.ORGANIZATION, false, null, "main",
                true, null, null, REPO, rules);
    }

    @Test
    void theProtectionRuleTheRulesetsAndTheSharedFilesAreRows() {
        ForgeRules rules = new ForgeRules(new ForgeRules.BranchProtection(true, 2, true, false,
                List.of("alice", "team:release"), REPO.field("protection")),
                List.of(new ForgeRules.Ruleset("main", "active", "Organization acme")), REPO,
                List.of(DocumentKind.CODE_OF_CONDUCT), REPO,
                List.of(new ForgeRules.Team("@acme/core", true, List.of("alice", "bob"), REPO),
                        new ForgeRules.Team("@acme/docs", false, null, REPO)));
        Map<String, String> rows = rows(new PlatformFacts(forge(rules), null, null, null));
        assertEquals("2 approval(s) to merge; code owners must approve; admins exempt; only alice, team:release may push",
                rows.get("Branch protection rule"));
        assertEquals("main; active; Organization acme", rows.get("Rulesets"));
        assertEquals("code-of-conduct", rows.get("Organisation-wide files (.github)"));
        assertEquals("alice, bob", rows.get("CODEOWNERS team @acme/core"));
        assertEquals("members not readable with this token", rows.get("CODEOWNERS team @acme/docs"));
    }

    @Test
    void anUnreadableRuleSaysSoAndNoDotGithubRepositorySharesNone() {
        ForgeRules rules = new ForgeRules(new ForgeRules.BranchProtection(false, null, null, null, null, REPO), null,
                null, null, REPO, null);
        Map<String, String> rows = rows(new PlatformFacts(forge(rules), null, null, null));
        assertEquals("not readable with this token (needs admin rights)", rows.get("Branch protection rule"));
        assertNull(rows.get("Rulesets"));
        assertEquals("none", rows.get("Organisation-wide files (.github)"));
    }

    @Test
    void whoMayMergeWhoMayBypassAndTheOtherForgesSharedFilesAreRows() {
        ForgeRules rules = new ForgeRules(new ForgeRules.BranchProtection(true, null, null, null,
                List.of("role:Maintainers"), REPO, List.of("user:zoe")),
                List.of(new ForgeRules.Ruleset("main", "active", "Repository acme/widget",
                                List.of(new ForgeRules.BypassActor("OrganizationAdmin", 1, "always"),
                                        new ForgeRules.BypassActor("DeployKey", null, null)), true, REPO),
                        new ForgeRules.Ruleset("tags", "active", null, null, false, REPO),
                        new ForgeRules.Ruleset("none", "active", null, null, true, REPO)),
                REPO, List.of(DocumentKind.CONTRIBUTING), REPO, null);
        ForgeFacts gitlab = new ForgeFacts(ForgeKind.GITLAB, "acme/widget", "acme", AccountKind.ORGANIZATION, false,
                null, "main", true, null, null, REPO, rules);
        Map<String, String> rows = rows(new PlatformFacts(gitlab, null, null, null));
        assertEquals("only role:Maintainers may push; only user:zoe may merge", rows.get("Branch protection rule"));
        assertEquals("main; active; Repository acme/widget; may bypass it: OrganizationAdmin 1 (always), DeployKey"
                + " | tags; active; who may bypass it is not shown with this token | none; active; nobody may bypass it",
                rows.get("Rulesets"));
        assertEquals("contributing", rows.get("Organisation-wide files (gitlab-profile)"));
    }

    @Test
    void anImagesOwningAccountIsARow() {
        PackageFacts image = new PackageFacts(Registry.DOCKER, "acme/widget", List.of("acme"), null, null, REPO,
                new PackageFacts.OwnerAccount("acme", AccountKind.ORGANIZATION, "Acme Corp", REPO));
        Map<String, String> rows = rows(new PlatformFacts(null, null, List.of(image), null));
        assertEquals("acme", rows.get("Publishing docker acme/widget"));
        assertEquals("acme (organisation); Acme Corp", rows.get("Owner of docker acme/widget"));
    }

    @Test
    void theHubsLastWeightAndLicenseChangesAreRows() {
        HubFacts hub = new HubFacts("acme/m", "acme", AccountKind.ORGANIZATION, null, null, null, null, null,
                List.of(new HubFacts.HubCommit("b", READ, "Upload model.safetensors", List.of("alice")),
                        new HubFacts.HubCommit("a", READ.minusDays(9), "Update LICENSE", List.of())),
                new ApiEvidence("https://huggingface.co/api/models/acme/m", null, READ), null);
        Map<String, String> rows = rows(new PlatformFacts(null, hub, null, null));
        assertEquals("2026-11-27; by alice; commit \u201cUpload model.safetensors\u201d (judged by its title: the hub"
                + " lists no changed files)", rows.get("Weights last changed"));
        assertEquals("2026-11-18; commit \u201cUpdate LICENSE\u201d (judged by its title: the hub lists no changed"
                + " files)", rows.get("Hub license last changed"));
    }
}
