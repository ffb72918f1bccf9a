package org.levermap.collect.hub;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.levermap.collect.http.ApiException;
import org.levermap.collect.http.ApiSource;
import org.levermap.collect.http.JsonFields;
import org.levermap.model.AccountKind;
import org.levermap.model.ApiEvidence;
import org.levermap.model.Gating;
import org.levermap.model.HubFacts;

/**
 * Reads a repository from the Hugging Face Hub API: {@code /api/{models|datasets}/{id}} (owner,
 * gating, card data), {@code /api/organizations/{owner}/members} (public members; a 404 there means
 * the owner is a user), and {@code /api/{models|datasets}/{id}/commits/main} (who changed the files, when).
 */
public final class HuggingFaceHub {

    /** Commits kept: the most recent ones, enough to date a change of weights or license. */
    static final int COMMITS = 50;

    private final ApiSource api;

    /** @param api the hub's root ({@code https://huggingface.co}) and its token ({@code HF_TOKEN}), if any */
    public HuggingFaceHub(ApiSource api) {
        this.api = api;
    }

    /**
     * The repository's facts; {@code warnings} receives what could not be read beyond the repository.
     *
     * @throws ApiException when the repository itself cannot be read
     */
    public HubFacts collect(HubRepository repo, List<String> warnings) throws ApiException {
        String path = "/api/" + repo.collection() + "/" + repo.path();
        JsonNode r = api.get(path).body();
        String owner = JsonFields.text(r, "author");
        if (owner == null) {
            owner = repo.owner();
        }
        AccountKind ownerKind = null;
        List<String> members = new ArrayList<>();
        ApiEvidence membersEvidence = null;
        String membersPath = "/api/organizations/" + owner + "/members";
        try {
            members = JsonFields.each(api.getAll(membersPath).body(), "user");
            ownerKind = AccountKind.ORGANIZATION;
            membersEvidence = api.evidence(membersPath, "user");
        } catch (ApiException e) {
            if (e.reason() == ApiException.Reason.NOT_FOUND) {
                ownerKind = AccountKind.USER;
                membersEvidence = api.evidence(membersPath, null);
            } else {
                warnings.add("the owner's members: " + e.getMessage());
            }
        }
        List<String> bases = JsonFields.texts(r, "cardData.base_model");
        String license = JsonFields.text(r, "cardData.license");
        return new HubFacts(repo.path(), owner, ownerKind, gating(r.get("gated")), license, bases,
                JsonFields.day(r, "lastModified"), members, commits(repo, warnings),
                api.evidence(path, null), membersEvidence);
    }

    /** {@code gated} is {@code false}, {@code "auto"} or {@code "manual"}; anything else is not read. */
    static Gating gating(JsonNode gated) {
        if (gated == null || gated.isNull()) {
            return null;
        }
        if (gated.isBoolean()) {
            return gated.booleanValue() ? Gating.AUTO : Gating.NONE;
        }
        return switch (gated.asText().toLowerCase(Locale.ROOT)) {
            case "auto" -> Gating.AUTO;
            case "manual" -> Gating.MANUAL;
            default -> null;
        };
    }

    private List<HubFacts.HubCommit> commits(HubRepository repo, List<String> warnings) {
        List<HubFacts.HubCommit> commits = new ArrayList<>();
        try {
            JsonNode list = api.get("/api/" + repo.collection() + "/" + repo.path() + "/commits/main").body();
            if (list.isArray()) {
                for (JsonNode c : list) {
                    String id = JsonFields.text(c, "id");
                    if (id != null && commits.size() < COMMITS) {
                        commits.add(new HubFacts.HubCommit(id, JsonFields.day(c, "date"), JsonFields.text(c, "title"),
                                JsonFields.each(c.get("authors"), "user")));
                    }
                }
            }
        } catch (ApiException e) {
            warnings.add("the commits: " + e.getMessage());
        }
        return commits;
    }
}
