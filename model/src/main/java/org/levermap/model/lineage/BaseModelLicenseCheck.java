package org.levermap.model.lineage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.levermap.model.Project;
import org.levermap.model.Snapshot;
import org.levermap.model.repo.DataRepository;

/**
 * Flags models whose license differs from the license of a base model they declare, when the base
 * model is a project of the data repository (its {@code repository} is its Hugging Face address).
 * A fine-tune may legitimately add terms; the flag asks a person to look.
 */
public final class BaseModelLicenseCheck {

    private static final Pattern HUB_REPOSITORY =
            Pattern.compile("(?i)^https?://(?:www\\.)?huggingface\\.co/([^/\\s]+/[^/\\s?#]+?)(?:\\.git)?/?$");

    private BaseModelLicenseCheck() {
    }

    /** Every mismatch, by model and then base model. */
    public static List<LicenseMismatch> check(DataRepository repo) {
        return check(repo, repo::latestOf);
    }

    /**
     * Every mismatch, by model and then base model.
     *
     * @param newest each project's newest snapshot (judged or not: its license and lineage are as collected), or null
     */
    public static List<LicenseMismatch> check(DataRepository repo, Function<String, Snapshot> newest) {
        Map<String, String> projectByHubId = new HashMap<>();
        for (Project p : repo.projects().values()) {
            hubId(p.repository()).ifPresent(id -> projectByHubId.put(id.toLowerCase(Locale.ROOT), p.id()));
        }
        List<LicenseMismatch> mismatches = new ArrayList<>();
        for (Project model : repo.projects().values()) {
            Optional<Snapshot> latest = Optional.ofNullable(newest.apply(model.id()));
            if (latest.isEmpty() || latest.get().modelLineage() == null || license(latest.get()) == null) {
                continue;
            }
            for (String base : latest.get().modelLineage().baseModels()) {
                String baseId = projectByHubId.get(base.toLowerCase(Locale.ROOT));
                if (baseId == null || baseId.equals(model.id())) {
                    continue;
                }
                Optional.ofNullable(newest.apply(baseId)).map(BaseModelLicenseCheck::license)
                        .filter(baseLicense -> !baseLicense.equals(license(latest.get())))
                        .ifPresent(baseLicense -> mismatches.add(new LicenseMismatch(model.id(), license(latest.get()),
                                latest.get().date(), baseId, baseLicense, base)));
            }
        }
        return mismatches;
    }

    /** The {@code org/name} of a Hugging Face repository URL. */
    static Optional<String> hubId(String repository) {
        if (repository == null) {
            return Optional.empty();
        }
        Matcher m = HUB_REPOSITORY.matcher(repository.trim());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String license(Snapshot s) {
        return s.license() == null ? null : s.license().spdx();
    }
}
