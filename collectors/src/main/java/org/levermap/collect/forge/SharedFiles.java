package org.levermap.collect.forge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.levermap.collect.http.ApiException;
import org.levermap.collect.http.ApiSource;
import org.levermap.collect.http.JsonFields;
import org.levermap.collect.manifest.GovernanceFiles;
import org.levermap.model.ApiEvidence;
import org.levermap.model.DocumentKind;
import org.levermap.model.ForgeRules;

/**
 * The governance files an organisation shares through one repository of its own, listed through the
 * forge's contents API: GitHub's {@code <org>/.github}, Forgejo's {@code <org>/.profile}, GitLab's
 * {@code <group>/gitlab-profile}. A missing repository shares nothing, which is itself an answer.
 */
final class SharedFiles {

    /** Lists one folder of the shared repository ({@code ""} for its root). */
    interface Listing {
        JsonNode folder(String folder) throws ApiException;
    }

    /**
     * What the shared repository holds.
     *
     * @param files the governance documents found
     * @param evidence its root listing's URL
     */
    record Shared(List<DocumentKind> files, ApiEvidence evidence) {
    }

    private SharedFiles() {
    }

    /**
     * The governance files of the shared repository, or null (with a warning naming {@code what}) when
     * it gave no answer.
     *
     * @param rootPath the root listing's path, for the evidence
     * @param fileType how the listing marks a file ({@code file}; GitLab's tree says {@code blob})
     * @param folders the folders the forge reads shared files from, {@code ""} first
     */
    static Shared read(ApiSource api, String rootPath, Listing listing, String fileType, List<String> folders,
            String what, List<String> warnings) {
        try {
            return new Shared(files(listing, fileType, folders), api.evidence(rootPath, "name"));
        } catch (ApiException e) {
            if (e.reason() == ApiException.Reason.NOT_FOUND) {
                return new Shared(List.of(), api.evidence(rootPath, null));
            }
            warnings.add(what + ": " + e.getMessage());
            return null;
        }
    }

    /**
     * The rules of a forge without rulesets nor team lookups (GitLab, Forgejo): the protection rule and
     * the shared files, null when neither answered.
     */
    static ForgeRules rules(ForgeRules.BranchProtection protection, Shared shared) {
        if (protection == null && shared == null) {
            return null;
        }
        return new ForgeRules(protection, List.of(), null, shared == null ? List.of() : shared.files(),
                shared == null ? null : shared.evidence(), List.of());
    }

    private static List<DocumentKind> files(Listing listing, String fileType, List<String> folders) throws ApiException {
        Set<DocumentKind> kinds = new TreeSet<>();
        JsonNode top = listing.folder("");
        for (String folder : folders) {
            JsonNode entries = top;
            if (!folder.isEmpty()) {
                if (!JsonFields.each(top, "name").contains(folder)) {
                    continue;
                }
                entries = listing.folder(folder);
            }
            if (entries.isArray()) {
                for (JsonNode entry : entries) {
                    String name = JsonFields.text(entry, "name");
                    DocumentKind kind = fileType.equals(JsonFields.text(entry, "type")) && name != null
                            ? GovernanceFiles.kindOf(name) : null;
                    if (kind != null) {
                        kinds.add(kind);
                    }
                }
            }
        }
        return List.copyOf(kinds);
    }
}
