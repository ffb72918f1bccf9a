package org.levermap.collect.forge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.levermap.collect.http.ApiException;
import org.levermap.collect.http.ApiSource;
import org.levermap.collect.http.JsonFields;
import org.levermap.model.ApiEvidence;
import org.levermap.model.ForgeRules;

/**
 * Reads who GitHub lets change a repository's default branch and what its organisation shares:
 * {@code /repos/{o}/{r}/branches/{b}/protection} (admin token only), the rulesets and who may bypass
 * them ({@link GitHubRulesets}), {@code /repos/{org}/.github/contents/} (the organisation-wide
 * community health files) and {@code /orgs/{org}/teams/{team}/members} (CODEOWNERS teams; a token only). Each part fails on its own into {@code warnings}.
 */
final class GitHubRules {

    /** Where GitHub looks for an organisation's shared community files in its {@code .github} repository. */
    private static final List<String> FOLDERS = List.of("", ".github", "docs");

    /** CODEOWNERS team handles read: a request each, so a long list cannot spend the rate limit. */
    static final int TEAMS = 10;
    private static final Pattern TEAM = Pattern.compile("@([A-Za-z0-9][A-Za-z0-9-]*)/([A-Za-z0-9][A-Za-z0-9_.-]*)");

    private final ApiSource api;

    GitHubRules(ApiSource api) {
        this.api = api;
    }

    /**
     * The rules of {@code repo}.
     *
     * @param branch the default branch, null when unknown
     * @param branchProtected whether the branch list says it is protected: an unprotected branch has no rule to read
     * @param organisation the owning organisation's login, or null for a user
     * @param teams CODEOWNERS team handles ({@code @org/team}) whose members to read
     */
    ForgeRules collect(ForgeRepository repo, String branch, Boolean branchProtected, String organisation,
            List<String> teams, List<String> warnings) {
        ForgeRules.BranchProtection protection = branch == null || Boolean.FALSE.equals(branchProtected) ? null
                : protection(repo, branch, warnings);
        GitHubRulesets.Listed listed = new GitHubRulesets(api).collect(repo, warnings);
        List<ForgeRules.Ruleset> rulesets = listed == null ? List.of() : listed.rulesets();
        ApiEvidence rulesetsEvidence = listed == null ? null : listed.evidence();
        SharedFiles.Shared shared = null;
        if (organisation != null) {
            String path = "/repos/" + organisation + "/.github/contents/";
            shared = SharedFiles.read(api, path, folder -> api.get(path + folder).body(), "file", FOLDERS,
                    "the organisation's .github repository", warnings);
        }
        List<ForgeRules.Team> resolved = teams(teams, warnings);
        if (protection == null && rulesetsEvidence == null && shared == null && resolved.isEmpty()) {
            return null;
        }
        return new ForgeRules(protection, rulesets, rulesetsEvidence, shared == null ? List.of() : shared.files(),
                shared == null ? null : shared.evidence(), resolved);
    }

    private ForgeRules.BranchProtection protection(ForgeRepository repo, String branch, List<String> warnings) {
        // GitHub answers 404 (anonymous) or 403 (no admin right) for a protected branch as for an unprotected one.
        return ProtectionRule.read(api, "/repos/" + repo.path() + "/branches/" + branch + "/protection", (p, evidence) -> {
            List<String> push = new ArrayList<>();
            JsonNode restrictions = JsonFields.at(p, "restrictions");
            if (restrictions != null) {
                push.addAll(JsonFields.each(JsonFields.at(restrictions, "users"), "login"));
                JsonFields.each(JsonFields.at(restrictions, "teams"), "slug").forEach(t -> push.add("team:" + t));
                JsonFields.each(JsonFields.at(restrictions, "apps"), "slug").forEach(a -> push.add("app:" + a));
            }
            return new ForgeRules.BranchProtection(true,
                    ProtectionRule.count(p, "required_pull_request_reviews.required_approving_review_count"),
                    JsonFields.bool(p, "required_pull_request_reviews.require_code_owner_reviews"),
                    JsonFields.bool(p, "enforce_admins.enabled"), push, evidence);
        }, warnings);
    }

    /** The members of each team, at most {@link #TEAMS} of them; one warning for those not readable. */
    private List<ForgeRules.Team> teams(List<String> handles, List<String> warnings) {
        List<ForgeRules.Team> teams = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (String handle : handles.stream().distinct().limit(TEAMS).toList()) {
            Matcher m = TEAM.matcher(handle);
            if (!m.matches()) {
                continue;
            }
            String path = "/orgs/" + m.group(1) + "/teams/" + m.group(2) + "/members?per_page=100";
            try {
                teams.add(new ForgeRules.Team(handle, true, JsonFields.each(api.getAll(path).body(), "login"),
                        api.evidence(path, "login")));
            } catch (ApiException e) {
                if (e.reason() == ApiException.Reason.NOT_FOUND || e.reason() == ApiException.Reason.UNAUTHORIZED) {
                    // GitHub hides a team from whoever may not see it: 404 anonymous, 403 without read:org.
                    teams.add(new ForgeRules.Team(handle, false, List.of(), api.evidence(path, null)));
                    unreadable.add(handle);
                } else {
                    warnings.add("the members of the CODEOWNERS team " + handle + ": " + e.getMessage());
                }
            }
        }
        if (!unreadable.isEmpty()) {
            warnings.add("the members of the CODEOWNERS teams " + String.join(", ", unreadable)
                    + ": this needs a token that can see the teams (read:org)");
        }
        return teams;
    }
}
