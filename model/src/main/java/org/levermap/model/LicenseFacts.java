package org.levermap.model;

import java.util.List;

/**
 * The project's license as of the snapshot, and every past change of it.
 *
 * @param spdx SPDX license expression ({@code LicenseRef-…} for licenses SPDX does not list)
 * @param family the family of the most restrictive term of the expression
 * @param confidence match confidence of the identification, 0..1
 * @param files the root license files it was identified from
 * @param copyrightHolders holders named in the license files
 * @param history every change of the license identity and every text edit, oldest first
 * @param gated for a model: access is gated behind terms a user must accept (model card {@code extra_gated_*})
 * @param gatingFields what a user must give to get access (model card {@code extra_gated_fields})
 */
public record LicenseFacts(
        String spdx,
        LicenseFamily family,
        @Share Double confidence,
        List<LicenseFile> files,
        List<CopyrightHolder> copyrightHolders,
        List<LicenseChange> history,
        Boolean gated,
        List<String> gatingFields) {

    public LicenseFacts {
        files = Lists.of(files);
        copyrightHolders = Lists.of(copyrightHolders);
        history = Lists.of(history);
        gatingFields = Lists.of(gatingFields);
    }

    /** License facts of a repository that gates nothing. */
    public LicenseFacts(String spdx, LicenseFamily family, Double confidence, List<LicenseFile> files,
            List<CopyrightHolder> copyrightHolders, List<LicenseChange> history) {
        this(spdx, family, confidence, files, copyrightHolders, history, null, null);
    }

    /**
     * One license file and what it was identified as.
     *
     * @param spdx SPDX id or expression of this file
     * @param confidence similarity to the matched license text, 0..1
     * @param evidence commit and path
     */
    public record LicenseFile(
            String spdx,
            @Share Double confidence,
            @Required Evidence evidence) {
    }

    /**
     * A copyright holder named in a license file.
     *
     * @param name as written, without years
     * @param actor the actor it was matched to, when any
     * @param evidence commit, path and line
     */
    public record CopyrightHolder(
            @Required String name,
            @Id(Id.Kind.ACTOR) String actor,
            Evidence evidence) {
    }
}
