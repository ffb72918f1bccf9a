package org.levermap.collect.hub;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.levermap.collect.http.ApiClient;
import org.levermap.collect.http.ApiException;
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

    private final ApiClient client;
    private final String base;
    private final String token;
    private final LocalDate today;

    /**
     * @param client the HTTP client
     * @param base the hub's root ({@code https://huggingface.co})
     * @param token a token ({@code HF_TOKEN}), or null to read anonymously
     * @param today the day of reading
     */
    public HuggingFaceHub(ApiClient client, String base, String token, LocalDate today) {
        this.client = client;
        this.base = base.replaceAll("/+$", "");
        this.token = token;
        this.today = today;
    }

    /**
     * The repository's facts; {@code warnings} receives what could not be read beyond the repository.
     *
     * @throws ApiException when the repository itself cannot be read
     */
    public HubFacts collect(HubRepository repo, List<String> warnings) throws ApiException {
        String url = base + "/api/" + repo.collection() + "/" + repo.path();
        JsonNode r = client.get(url, token).body();
        String owner = JsonFields.text(r, "author");
        if (owner == null) {
            owner = repo.owner();
        }
        AccountKind ownerKind = null;
        List<String> members = new ArrayList<>();
        ApiEvidence membersEvidence = null;
        String membersUrl = base + "/api/organizations/" + owner + "/members";
        try {
            members = JsonFields.each(client.getAll(membersUrl, token).body(), "user");
            ownerKind = AccountKind.ORGANIZATION;
            membersEvidence = new ApiEvidence(membersUrl, "user", today);
        } catch (ApiException e) {
            if (e.reason() == ApiException.Reason.NOT_FOUND) {
                ownerKind = AccountKind.USER;
                membersEvidence = new ApiEvidence(membersUrl, null, today);
            } else {
                warnings.add("the owner's members: " + e.getMessage());
            }
        }
        List<String> bases = JsonFields.texts(r, "cardData.base_model");
        String license = JsonFields.text(r, "cardData.license");
        return new HubFacts(repo.path(), owner, ownerKind, gating(r.get("gated")), license, bases,
                JsonFields.day(r, "lastModified"), members, commits(repo, warnings),
                new ApiEvidence(url, null, today), membersEvidence);
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
            JsonNode list = client.get(base + "/api/" + repo.collection() + "/" + repo.path() + "/commits/main",
                    token).body();
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
