package org.levermap.collect.forge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.levermap.collect.http.ApiSource;
import org.levermap.collect.http.JsonFields;
import org.levermap.model.ForgeRules;

/**
 * Reads who Forgejo or Gitea lets change a repository's default branch and what its organisation
 * shares: {@code /repos/{o}/{r}/branch_protections/{b}} (a token with admin rights on the repository
 * only) and {@code /repos/{org}/.profile/contents} (the organisation's profile repository, whose
 * files its page shows). Forgejo has no rulesets, and shows no organisation file on the repositories.
 */
final class ForgejoRules {

    private final ApiSource api;

    ForgejoRules(ApiSource api) {
        this.api = api;
    }

    /**
     * The rules of {@code repo}.
     *
     * @param branch the default branch, null when unknown
     * @param branchProtected whether the branch says it is protected: an unprotected branch has no rule to read
     * @param organisation the owning organisation's name, or null for a user
     */
    ForgeRules collect(ForgeRepository repo, String branch, Boolean branchProtected, String organisation,
            List<String> warnings) {
        ForgeRules.BranchProtection protection = branch == null || Boolean.FALSE.equals(branchProtected) ? null
                : ProtectionRule.read(api, "/repos/" + repo.path() + "/branch_protections/" + branch,
                        (p, evidence) -> new ForgeRules.BranchProtection(true, ProtectionRule.count(p, "required_approvals"),
                                null, JsonFields.bool(p, "apply_to_admins"), push(p), evidence, merge(p)), warnings);
        SharedFiles.Shared shared = null;
        if (organisation != null) {
            String path = "/repos/" + organisation + "/.profile/contents";
            shared = SharedFiles.read(api, path, folder -> api.get(path + (folder.isEmpty() ? "" : "/" + folder)).body(),
                    "file", List.of(""), "the organisation's .profile repository", warnings);
        }
        return SharedFiles.rules(protection, shared);
    }

    /** Who alone may push: nobody when pushing is off, the whitelist when one is on, else (empty) any writer. */
    private static List<String> push(JsonNode p) {
        if (Boolean.FALSE.equals(JsonFields.bool(p, "enable_push"))) {
            return List.of("no one");
        }
        return Boolean.TRUE.equals(JsonFields.bool(p, "enable_push_whitelist"))
                ? whitelist(p, "push_whitelist_usernames", "push_whitelist_teams") : List.of();
    }

    private static List<String> merge(JsonNode p) {
        return Boolean.TRUE.equals(JsonFields.bool(p, "enable_merge_whitelist"))
                ? whitelist(p, "merge_whitelist_usernames", "merge_whitelist_teams") : List.of();
    }

    private static List<String> whitelist(JsonNode p, String users, String teams) {
        List<String> who = new ArrayList<>(JsonFields.texts(p, users));
        JsonFields.texts(p, teams).forEach(t -> who.add("team:" + t));
        return who;
    }
}
