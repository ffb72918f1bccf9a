package org.levermap.collect.forge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.levermap.collect.http.ApiException;
import org.levermap.collect.http.ApiSource;
import org.levermap.collect.http.JsonFields;
import org.levermap.model.ApiEvidence;
import org.levermap.model.ForgeRules;

/**
 * Reads a default branch's protection rule from whichever forge's endpoint: the forges answer such a
 * rule only to a token with the right to change it, and answer 404 or 401/403 otherwise, so a refusal
 * is recorded as a rule not readable (with its URL) rather than as no rule.
 */
final class ProtectionRule {

    /** Turns the forge's answer into the rule. */
    interface Reader {
        ForgeRules.BranchProtection read(JsonNode body, ApiEvidence evidence);
    }

    private ProtectionRule() {
    }

    /** The rule at {@code path}; not readable when refused; null (with a warning) when the API failed otherwise. */
    static ForgeRules.BranchProtection read(ApiSource api, String path, Reader reader, List<String> warnings) {
        try {
            return reader.read(api.get(path).body(), api.evidence(path, null));
        } catch (ApiException e) {
            warnings.add("the default branch's protection rule: " + e.getMessage());
            if (e.reason() == ApiException.Reason.NOT_FOUND || e.reason() == ApiException.Reason.UNAUTHORIZED) {
                return new ForgeRules.BranchProtection(false, null, null, null, List.of(), api.evidence(path, null));
            }
            return null;
        }
    }

    /** An integer field, or null. */
    static Integer count(JsonNode node, String path) {
        JsonNode value = JsonFields.at(node, path);
        return value == null || !value.canConvertToInt() ? null : value.asInt();
    }
}
