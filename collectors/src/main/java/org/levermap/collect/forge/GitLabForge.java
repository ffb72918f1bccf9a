package org.levermap.collect.forge;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.levermap.collect.http.ApiException;
import org.levermap.collect.http.ApiSource;
import org.levermap.collect.http.JsonFields;
import org.levermap.model.AccountKind;
import org.levermap.model.ApiEvidence;
import org.levermap.model.ForgeFacts;
import org.levermap.model.ForgeKind;

/**
 * Reads a project from the GitLab REST API v4 ({@code https://host/api/v4}): {@code /projects/{path}}
 * (namespace and its kind, archived, fork parent, default branch), {@code /groups/{path}} and
 * {@code /groups/{path}/members} for a group, {@code /projects/{path}/repository/branches/{b}} and
 * {@code /projects/{path}/releases}; then the branch's protection rule and the group's shared files
 * ({@link GitLabRules}). Only the project itself must answer.
 */
public final class GitLabForge {

    private final ApiSource api;

    /** @param api the API root ({@code https://gitlab.com/api/v4}) and its token ({@code GITLAB_TOKEN}), if any */
    public GitLabForge(ApiSource api) {
        this.api = api;
    }

    /**
     * The project's facts; {@code warnings} receives what could not be read beyond the project.
     *
     * @throws ApiException when the project itself cannot be read
     */
    public ForgeFacts collect(ForgeRepository repo, List<String> warnings) throws ApiException {
        String path = "/projects/" + encode(repo.path());
        JsonNode p = api.get(path).body();
        String namespace = JsonFields.text(p, "namespace.full_path");
        String kind = JsonFields.text(p, "namespace.kind");
        AccountKind ownerKind = "group".equals(kind) ? AccountKind.ORGANIZATION
                : "user".equals(kind) ? AccountKind.USER : null;
        String branch = JsonFields.text(p, "default_branch");
        boolean inGroup = ownerKind == AccountKind.ORGANIZATION && namespace != null;
        ForgeFacts.ForgeOrganisation group = inGroup ? group(namespace, warnings) : null;
        Boolean branchProtected = branch == null ? null : protectedBranch(path, branch, warnings);
        List<ForgeFacts.ForgeRelease> releases = releases(path, warnings);
        return new ForgeFacts(ForgeKind.GITLAB, repo.path(), namespace, ownerKind, JsonFields.bool(p, "archived"),
                JsonFields.text(p, "forked_from_project.path_with_namespace"), branch, branchProtected, group,
                releases, api.evidence(path, null), new GitLabRules(api).collect(path, branch, branchProtected,
                        inGroup ? namespace : null, warnings));
    }

    private ForgeFacts.ForgeOrganisation group(String fullPath, List<String> warnings) {
        String path = "/groups/" + encode(fullPath);
        JsonNode g;
        try {
            g = api.get(path + "?with_projects=false").body();
        } catch (ApiException e) {
            warnings.add("the group's profile: " + e.getMessage());
            return null;
        }
        List<String> members = new ArrayList<>();
        ApiEvidence membersEvidence = null;
        String membersPath = path + "/members?per_page=100";
        try {
            members = JsonFields.each(api.getAll(membersPath).body(), "username");
            membersEvidence = api.evidence(membersPath, "username");
        } catch (ApiException e) {
            warnings.add("the group's members: " + e.getMessage());
        }
        return new ForgeFacts.ForgeOrganisation(fullPath, JsonFields.text(g, "name"), null, JsonFields.text(g, "web_url"),
                null, JsonFields.day(g, "created_at"), members, api.evidence(path + "?with_projects=false", null),
                membersEvidence);
    }

    private Boolean protectedBranch(String project, String branch, List<String> warnings) {
        try {
            return JsonFields.bool(api.get(project + "/repository/branches/" + encode(branch)).body(), "protected");
        } catch (ApiException e) {
            warnings.add("the default branch's protection: " + e.getMessage());
            return null;
        }
    }

    private List<ForgeFacts.ForgeRelease> releases(String project, List<String> warnings) {
        List<ForgeFacts.ForgeRelease> releases = new ArrayList<>();
        try {
            JsonNode list = api.get(project + "/releases?per_page=" + GitHubForge.RELEASES).body();
            for (JsonNode r : list.isArray() ? list : List.<JsonNode>of()) {
                String tag = JsonFields.text(r, "tag_name");
                if (tag != null) {
                    releases.add(new ForgeFacts.ForgeRelease(tag, JsonFields.day(r, "released_at"),
                            JsonFields.text(r, "author.username")));
                }
            }
        } catch (ApiException e) {
            warnings.add("the releases: " + e.getMessage());
        }
        return releases;
    }

    /** A project or group path is one URL segment: its slashes encoded. */
    static String encode(String path) {
        return URLEncoder.encode(path, StandardCharsets.UTF_8);
    }
}
