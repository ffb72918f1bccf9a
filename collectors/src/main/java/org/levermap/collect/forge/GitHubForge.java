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

/**
 * Reads a repository from the GitHub REST API (v3, also GitHub Enterprise and Forgejo's compatible
 * subset): {@code /repos/{o}/{r}}, {@code /orgs/{o}}, {@code /orgs/{o}/public_members},
 * {@code /repos/{o}/{r}/branches/{b}} and {@code /repos/{o}/{r}/releases}. Only the repository itself
 * must answer; the rest adds what it can and says what it could not.
 */
public final class GitHubForge {

    /** Releases read: the most recent ones say who publishes today. */
    static final int RELEASES = 30;

    private final ApiSource api;

    /** @param api the API root ({@code https://api.github.com}, or {@code https://host/api/v3}) and its token */
    public GitHubForge(ApiSource api) {
        this.api = api;
    }

    /**
     * The repository's facts; {@code warnings} receives what could not be read beyond the repository.
     *
     * @throws ApiException when the repository itself cannot be read
     */
    public ForgeFacts collect(ForgeRepository repo, List<String> warnings) throws ApiException {
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
        ForgeFacts.ForgeOrganisation organisation = ownerKind == AccountKind.ORGANIZATION && owner != null
                ? organisation(owner, warnings) : null;
        return new ForgeFacts(ForgeKind.GITHUB, repo.path(), owner, ownerKind, JsonFields.bool(r, "archived"),
                forkOf, branch, branch == null ? null : protectedBranch(repo, branch, warnings), organisation,
                releases(repo, warnings), evidence);
    }

    private ForgeFacts.ForgeOrganisation organisation(String login, List<String> warnings) {
        String path = "/orgs/" + login;
        JsonNode o;
        try {
            o = api.get(path).body();
        } catch (ApiException e) {
            warnings.add("the organisation's profile: " + e.getMessage());
            return null;
        }
        List<String> members = new ArrayList<>();
        ApiEvidence membersEvidence = null;
        String membersPath = path + "/public_members?per_page=100";
        try {
            members = JsonFields.each(api.getAll(membersPath).body(), "login");
            membersEvidence = api.evidence(membersPath, "login");
        } catch (ApiException e) {
            warnings.add("the organisation's public members: " + e.getMessage());
        }
        return new ForgeFacts.ForgeOrganisation(login, JsonFields.text(o, "name"), JsonFields.text(o, "company"),
                JsonFields.text(o, "blog"), JsonFields.bool(o, "is_verified"), JsonFields.day(o, "created_at"),
                members, api.evidence(path, null), membersEvidence);
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
            JsonNode list = api.get("/repos/" + repo.path() + "/releases?per_page=" + RELEASES).body();
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
