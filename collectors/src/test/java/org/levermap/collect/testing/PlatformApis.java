package org.levermap.collect.testing;

import java.util.Map;
import org.levermap.collect.testing.ApiServer.Answer;

/** Registers the documented answers of every platform API on one fixture server, at their real paths. */
public final class PlatformApis {

    private PlatformApis() {
    }

    /**
     * GitHub: acme/widget owned by the organisation acme, two pages of public members, a readable
     * protection rule, two rulesets (the first listing who may bypass it) and the organisation's {@code .github} repository.
     */
    public static ApiServer github(ApiServer api) {
        api.onFixture("/repos/acme/widget", "github-repo.json");
        api.onFixture("/orgs/acme", "github-org.json");
        api.on("/orgs/acme/public_members?per_page=100", Answer.json(api.fixture("github-members-1.json"))
                .with("Link", "<" + api.base() + "/orgs/acme/public_members?per_page=100&page=2>; rel=\"next\""));
        api.onFixture("/orgs/acme/public_members?per_page=100&page=2", "github-members-2.json");
        api.onFixture("/repos/acme/widget/branches/main", "github-branch.json");
        api.onFixture("/repos/acme/widget/releases?per_page=30", "github-releases.json");
        api.onFixture("/repos/acme/widget/branches/main/protection", "github-protection.json");
        api.onFixture("/repos/acme/widget/rulesets?per_page=100", "github-rulesets.json");
        api.onFixture("/repos/acme/widget/rulesets/42", "github-ruleset-42.json");
        api.onFixture("/repos/acme/widget/rulesets/7", "github-ruleset-7.json");
        api.onFixture("/repos/acme/.github/contents/", "github-dotgithub.json");
        api.onFixture("/repos/acme/.github/contents/docs", "github-dotgithub-docs.json");
        return api;
    }

    /**
     * Forgejo: acme/widget owned by the organisation acme (found by /orgs, Forgejo giving no owner type),
     * one page of public members and two releases.
     */
    public static ApiServer forgejo(ApiServer api) {
        api.onFixture("/repos/acme/widget", "forgejo-repo.json");
        api.onFixture("/orgs/acme", "forgejo-org.json");
        api.onFixture("/orgs/acme/public_members?limit=50", "github-members-2.json");
        api.onFixture("/repos/acme/widget/releases?limit=30", "github-releases.json");
        return api;
    }

    /** Hugging Face: acme/widget-7b, manually gated, owned by the organisation acme. */
    public static ApiServer hub(ApiServer api) {
        api.onFixture("/api/models/acme/widget-7b", "hub-model.json");
        api.onFixture("/api/organizations/acme/members", "hub-members.json");
        api.onFixture("/api/models/acme/widget-7b/commits/main", "hub-commits.json");
        return api;
    }

    /** npm, crates.io and PyPI, each knowing the package widget. */
    public static ApiServer registries(ApiServer api) {
        api.onFixture("/widget", "npm.json");
        api.onFixture("/api/v1/crates/widget", "crates.json");
        api.onFixture("/api/v1/crates/widget/owners", "crates-owners.json");
        api.onFixture("/pypi/widget/json", "pypi.json");
        return api;
    }

    /**
     * Container images: Docker Hub's acme/widget in the organisation acme, zoe/tool of the user zoe, and
     * GitHub's /users/acme (an organisation) for ghcr.io/acme/...
     */
    public static ApiServer containers(ApiServer api) {
        api.onFixture("/v2/namespaces/acme/repositories/widget", "docker-repository.json");
        api.onFixture("/v2/orgs/acme", "docker-org.json");
        api.on("/v2/namespaces/zoe/repositories/tool", Answer.json("{\"namespace\":\"zoe\",\"name\":\"tool\"}"));
        api.onFixture("/v2/users/zoe", "docker-user.json");
        api.onFixture("/users/acme", "github-user.json");
        return api;
    }

    /** RDAP: acme.example registered by Acme Corp. */
    public static ApiServer rdap(ApiServer api) {
        api.onFixture("/domain/acme.example", "rdap.json");
        return api;
    }

    /** Every API above on one server. */
    public static ApiServer all(ApiServer api) {
        return rdap(registries(hub(github(api))));
    }

    /** A spent GitHub rate limit on {@code path}. */
    public static Answer rateLimited() {
        return Answer.status(403, Map.of("x-ratelimit-remaining", "0", "x-ratelimit-reset", "1800000000"));
    }
}
