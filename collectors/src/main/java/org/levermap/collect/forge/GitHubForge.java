package org.levermap.collect.forge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.levermap.collect.http.ApiException;
import org.levermap.collect.http.ApiSource;
import org.levermap.collect.http.JsonFields;
import org.levermap.model.AccountKind;
import org.levermap.model.ApiEvidence;
import org.levermap.model.ForgeFacts;
import org.levermap.model.ForgeKind;
import org.levermap.model.ForgeRules;

/**
 * Reads a repository from the GitHub REST API (v3, also GitHub Enterprise) or Forgejo/Gitea's API v1,
 * which answers the same paths with the same fields (the owner's type excepted): {@code /repos/{o}/{r}}, {@code /orgs/{o}}, {@code /orgs/{o}/public_members},
 * {@code /repos/{o}/{r}/branches/{b}} and {@code /repos/{o}/{r}/releases}; then the branch's protection
 * rule and the organisation's shared files, on GitHub also the rulesets ({@link GitHubRules},
 * {@link ForgejoRules}). Only the
 * repository itself must answer; the rest adds what it can and says what it could not.
 */
public final class GitHubForge {

    /** Releases read: the most recent ones say who publishes today. */
    static final int RELEASES = 30;

    private final ApiSource api;
    private final ForgeKind kind;

    /** @param api the API root ({@code https://api.github.com}, or {@code https://host/api/v3}) and its token */
    public GitHubForge(ApiSource api) {
        this(api, ForgeKind.GITHUB);
    }

    /**
     * @param api the API root and its token
     * @param kind GitHub, or Forgejo (Gitea's API v1 answers these paths with the same fields, root
     *     {@code https://host/api/v1})
     */
    public GitHubForge(ApiSource api, ForgeKind kind) {
        this.api = api;
        this.kind = kind;
    }

    /**
     * The repository's facts; {@code warnings} receives what could not be read beyond the repository.
     *
     * @throws ApiException when the repository itself cannot be read
     */
    public ForgeFacts collect(ForgeRepository repo, List<String> warnings) throws ApiException {
        return collect(repo, List.of(), warnings);
    }

    /**
     * The repository's facts, with the members of its CODEOWNERS teams ({@code @org/team}) where readable.
     *
     * @throws ApiException when the repository itself cannot be read
     */
    public ForgeFacts collect(ForgeRepository repo, List<String> teams, List<String> warnings) throws ApiException {
        String path = "/repos/" + repo.path();
        JsonNode r = api.get(path).body();
        ApiEvidence evidence = api.evidence(path, null);
        String owner = JsonFields.text(r, "owner.login");
        String type = JsonFields.text(r, "owner.type");
        AccountKind ownerKind = type == null ? null
                : type.toLowerCase(Locale.ROOT).startsWith("org") ? AccountKind.ORGANIZATION : AccountKind.USER;
        String branch = JsonFields.text(r, "default_branch");
        Boolean isFork = JsonFields.bool(r, "fork");
        String forkOf = Boolean.TRUE.equals(isFork) ? JsonFields.text(r, "parent.full_name") : null;
        ForgeFacts.ForgeOrganisation organisation = null;
        if (owner != null && ownerKind != AccountKind.USER) {
            // Forgejo and Gitea do not give the owner's type: /orgs/{owner} answers for an organisation only.
            try {
                organisation = organisation(owner, warnings);
                ownerKind = AccountKind.ORGANIZATION;
            } catch (ApiException e) {
                if (ownerKind == null && e.reason() == ApiException.Reason.NOT_FOUND) {
                    ownerKind = AccountKind.USER;
                } else {
                    warnings.add("the organisation's profile: " + e.getMessage());
                }
            }
        }
        Boolean branchProtected = branch == null ? null : protectedBranch(repo, branch, warnings);
        List<ForgeFacts.ForgeRelease> releases = releases(repo, warnings);
        String organisationLogin = ownerKind == AccountKind.ORGANIZATION ? owner : null;
        ForgeRules rules = kind == ForgeKind.GITHUB
                ? new GitHubRules(api).collect(repo, branch, branchProtected, organisationLogin, teams, warnings)
                : new ForgejoRules(api).collect(repo, branch, branchProtected, organisationLogin, warnings);
        return new ForgeFacts(kind, repo.path(), owner, ownerKind, JsonFields.bool(r, "archived"),
                forkOf, branch, branchProtected, organisation, releases, evidence, rules);
    }

    private ForgeFacts.ForgeOrganisation organisation(String login, List<String> warnings) throws ApiException {
        String path = "/orgs/" + login;
        JsonNode o = api.get(path).body();
        List<String> members = new ArrayList<>();
        ApiEvidence membersEvidence = null;
        String membersPath = path + "/public_members?" + pageSize(100);
        try {
            members = JsonFields.each(api.getAll(membersPath).body(), "login");
            membersEvidence = api.evidence(membersPath, "login");
        } catch (ApiException e) {
            warnings.add("the organisation's public members: " + e.getMessage());
        }
        boolean github = kind == ForgeKind.GITHUB;
        // Forgejo names the display name full_name and the website website.
        return new ForgeFacts.ForgeOrganisation(login, JsonFields.text(o, github ? "name" : "full_name"),
                JsonFields.text(o, "company"), JsonFields.text(o, github ? "blog" : "website"),
                JsonFields.bool(o, "is_verified"), JsonFields.day(o, "created_at"),
                members, api.evidence(path, null), membersEvidence);
    }

    /** GitHub pages with {@code per_page}, Forgejo with {@code limit} (at most 50). */
    private String pageSize(int n) {
        return kind == ForgeKind.GITHUB ? "per_page=" + n : "limit=" + Math.min(n, 50);
    }

    private Boolean protectedBranch(ForgeRepository repo, String branch, List<String> warnings) {
        try {
            return JsonFields.bool(api.get("/repos/" + repo.path() + "/branches/" + branch).body(),
                    "protected");
        } catch (ApiException e) {
            warnings.add("the default branch's protection: " + e.getMessage());
            return null;
        }
    }

    private List<ForgeFacts.ForgeRelease> releases(ForgeRepository repo, List<String> warnings) {
        List<ForgeFacts.ForgeRelease> releases = new ArrayList<>();
        try {
            JsonNode list = api.get("/repos/" + repo.path() + "/releases?" + pageSize(RELEASES)).body();
            if (list.isArray()) {
                for (JsonNode release : list) {
                    String tag = JsonFields.text(release, "tag_name");
                    if (tag != null) {
                        releases.add(new ForgeFacts.ForgeRelease(tag, JsonFields.day(release, "published_at"),
                                JsonFields.text(release, "author.login")));
                    }
                }
            }
        } catch (ApiException e) {
            warnings.add("the releases: " + e.getMessage());
        }
        return releases;
    }
}
