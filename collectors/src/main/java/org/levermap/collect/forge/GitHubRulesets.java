package org.levermap.collect.forge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.levermap.collect.http.ApiException;
import org.levermap.collect.http.ApiSource;
import org.levermap.collect.http.JsonFields;
import org.levermap.model.ApiEvidence;
import org.levermap.model.ForgeRules;

/**
 * Reads a GitHub repository's rulesets: the list {@code /repos/{o}/{r}/rulesets} (public for a public
 * repository), then each ruleset's own answer {@code /repos/{o}/{r}/rulesets/{id}} for who may bypass it
 * ({@code bypass_actors}), which GitHub includes only for a caller who may edit the ruleset.
 */
final class GitHubRulesets {

    /** Rulesets whose own answer is read: a request each, so a long list cannot spend the rate limit. */
    static final int DETAILED = 10;

    private final ApiSource api;

    GitHubRulesets(ApiSource api) {
        this.api = api;
    }

    /** The rulesets with the evidence of their list, or null (with a warning) when the list gave no answer. */
    Listed collect(ForgeRepository repo, List<String> warnings) {
        String root = "/repos/" + repo.path() + "/rulesets";
        String listPath = root + "?per_page=100";
        JsonNode list;
        try {
            list = api.getAll(listPath).body();
        } catch (ApiException e) {
            warnings.add("the rulesets: " + e.getMessage());
            return null;
        }
        List<ForgeRules.Ruleset> rulesets = new ArrayList<>();
        int detailed = 0;
        for (JsonNode r : list) {
            String name = JsonFields.text(r, "name");
            if (name == null) {
                continue;
            }
            String sourceType = JsonFields.text(r, "source_type");
            String source = JsonFields.text(r, "source");
            String where = sourceType == null ? source : sourceType + (source == null ? "" : " " + source);
            JsonNode id = JsonFields.at(r, "id");
            ForgeRules.Ruleset listed = new ForgeRules.Ruleset(name, JsonFields.text(r, "enforcement"), where);
            rulesets.add(id != null && id.canConvertToLong() && detailed++ < DETAILED
                    ? detailed(root + "/" + id.asLong(), listed, warnings) : listed);
        }
        return new Listed(rulesets, api.evidence(listPath, "name"));
    }

    /** The ruleset with its bypass actors, as its own answer gives them; as listed when that fails. */
    private ForgeRules.Ruleset detailed(String path, ForgeRules.Ruleset listed, List<String> warnings) {
        try {
            JsonNode r = api.get(path).body();
            JsonNode actors = JsonFields.at(r, "bypass_actors");
            List<ForgeRules.BypassActor> bypass = new ArrayList<>();
            if (actors != null && actors.isArray()) {
                for (JsonNode a : actors) {
                    String type = JsonFields.text(a, "actor_type");
                    JsonNode id = JsonFields.at(a, "actor_id");
                    if (type != null) {
                        bypass.add(new ForgeRules.BypassActor(type, id != null && id.canConvertToInt()
                                ? id.asInt() : null, JsonFields.text(a, "bypass_mode")));
                    }
                }
            }
            return new ForgeRules.Ruleset(listed.name(), listed.enforcement(), listed.source(), bypass,
                    actors != null && actors.isArray(), api.evidence(path, "bypass_actors"));
        } catch (ApiException e) {
            warnings.add("the ruleset '" + listed.name() + "': " + e.getMessage());
            return listed;
        }
    }

    /** The rulesets and where their list was read. */
    record Listed(List<ForgeRules.Ruleset> rulesets, ApiEvidence evidence) {
    }
}
