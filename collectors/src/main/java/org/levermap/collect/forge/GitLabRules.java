package org.levermap.collect.forge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.levermap.collect.http.ApiException;
import org.levermap.collect.http.ApiSource;
import org.levermap.collect.http.JsonFields;
import org.levermap.model.ForgeRules;

/**
 * Reads who GitLab lets change a project's default branch and what its group shares:
 * {@code /projects/{p}/protected_branches/{b}} (push and merge access levels, whether code owners must
 * approve; a member's token), {@code /projects/{p}/approval_rules} (approvals needed, where the tier
 * has them) and the tree of the group's {@code gitlab-profile} project (the files its page shows).
 * GitLab has no rulesets, and shows no group file on the projects.
 */
final class GitLabRules {

    private final ApiSource api;

    GitLabRules(ApiSource api) {
        this.api = api;
    }

    /**
     * The rules of the project at {@code projectPath} ({@code /projects/{encoded path}}).
     *
     * @param branch the default branch, null when unknown
     * @param branchProtected whether the branch says it is protected: an unprotected branch has no rule to read
     * @param group the owning group's full path, or null for a user
     */
    ForgeRules collect(String projectPath, String branch, Boolean branchProtected, String group,
            List<String> warnings) {
        ForgeRules.BranchProtection protection = branch == null || Boolean.FALSE.equals(branchProtected) ? null
                : ProtectionRule.read(api, projectPath + "/protected_branches/" + GitLabForge.encode(branch),
                        (p, evidence) -> new ForgeRules.BranchProtection(true, approvals(projectPath, warnings),
                                JsonFields.bool(p, "code_owner_approval_required"), null,
                                levels(JsonFields.at(p, "push_access_levels")), evidence,
                                levels(JsonFields.at(p, "merge_access_levels"))), warnings);
        SharedFiles.Shared shared = null;
        if (group != null) {
            String path = "/projects/" + GitLabForge.encode(group + "/gitlab-profile") + "/repository/tree?per_page=100";
            shared = SharedFiles.read(api, path, folder -> api.get(path).body(), "blob", List.of(""),
                    "the group's gitlab-profile project", warnings);
        }
        return SharedFiles.rules(protection, shared);
    }

    /** The most approvals any approval rule asks (each rule must be met), null when none is readable. */
    private Integer approvals(String projectPath, List<String> warnings) {
        try {
            Integer most = null;
            for (JsonNode rule : api.getAll(projectPath + "/approval_rules?per_page=100").body()) {
                Integer n = ProtectionRule.count(rule, "approvals_required");
                most = n == null ? most : most == null ? n : Math.max(most, n);
            }
            return most;
        } catch (ApiException e) {
            warnings.add("the approval rules: " + e.getMessage());
            return null;
        }
    }

    /** Access levels as {@code role:Maintainers}, {@code user:name}, {@code group:name}, {@code deploy-key:name}. */
    private static List<String> levels(JsonNode list) {
        List<String> who = new ArrayList<>();
        if (list != null && list.isArray()) {
            for (JsonNode level : list) {
                String description = JsonFields.text(level, "access_level_description");
                String kind = JsonFields.at(level, "user_id") != null ? "user:"
                        : JsonFields.at(level, "group_id") != null ? "group:"
                        : JsonFields.at(level, "deploy_key_id") != null ? "deploy-key:" : "role:";
                if (description != null) {
                    who.add(kind + description);
                }
            }
        }
        return who;
    }
}
