package org.levermap.model;

import java.util.List;

/**
 * The project's license as of the snapshot, and every past change of it.
 *
 * @param spdx SPDX license expression ({@code LicenseRef-…} for licenses SPDX does not list)
 * @param family the family of the project's own license as its collector judged it: the most restrictive
 *     term of the expression, or, when a REUSE {@code LICENSES/} folder adds licenses to the root
 *     files', of the root files' expression alone (see {@code org.levermap.model.license.OwnLicense})
 * @param confidence match confidence of the identification, 0..1
 * @param files the root license files it was identified from
 * @param copyrightHolders holders named in the license files
 * @param history every change of the license identity and every text edit, oldest first
 * @param gated for a model: access is gated behind terms a user must accept (model card {@code extra_gated_*})
 * @param gatingFields what a user must give to get access (model card {@code extra_gated_fields})
 * @param patents patent grants beside the license (a root {@code PATENTS} file); absent in
 *     snapshots written before levermap read them
 */
public record LicenseFacts(
        String spdx,
        LicenseFamily family,
        @Share Double confidence,
        List<LicenseFile> files,
        List<CopyrightHolder> copyrightHolders,
        List<LicenseChange> history,
        Boolean gated,
        List<String> gatingFields,
        List<PatentGrant> patents) {

    public LicenseFacts {
        files = Lists.of(files);
        copyrightHolders = Lists.of(copyrightHolders);
        history = Lists.of(history);
        gatingFields = Lists.of(gatingFields);
        patents = Lists.of(patents);
    }

    /** License facts without patent grants. */
    public LicenseFacts(String spdx, LicenseFamily family, Double confidence, List<LicenseFile> files,
            List<CopyrightHolder> copyrightHolders, List<LicenseChange> history, Boolean gated, List<String> gatingFields) {
        this(spdx, family, confidence, files, copyrightHolders, history, gated, gatingFields, null);
    }

    /** License facts of a repository that gates nothing. */
    public LicenseFacts(String spdx, LicenseFamily family, Double confidence, List<LicenseFile> files,
            List<CopyrightHolder> copyrightHolders, List<LicenseChange> history) {
        this(spdx, family, confidence, files, copyrightHolders, history, null, null, null);
    }

    /**
     * One license file and what it was identified as.
     *
     * @param spdx SPDX id or expression of this file
     * @param confidence similarity to the matched license text, 0..1
     * @param evidence commit and path (and line, for a license named in a README)
     * @param closest for a modified license ({@code LicenseRef-<id>-modified}), the license it modifies
     * @param note what the identification rests on when it is not a plain match: the clause added to
     *     or missing from {@code closest}, the README line naming the license, the REUSE file name
     */
    public record LicenseFile(
            String spdx,
            @Share Double confidence,
            @Required Evidence evidence,
            String closest,
            String note) {

        /**
         * How the note of a file that is no part of the project's license begins: one stating no license,
         * a bundled component's. The collector writes it; the project's own license is read without them.
         */
        public static final String LEFT_OUT = "left out: ";

        /** A license file matched as it is. */
        public LicenseFile(String spdx, Double confidence, Evidence evidence) {
            this(spdx, confidence, evidence, null, null);
        }

        /** Whether the collector left this file out of the project's license ({@link #LEFT_OUT}). */
        public boolean leftOut() {
            return note != null && note.startsWith(LEFT_OUT);
        }
    }

    /**
     * A patent grant beside the license.
     *
     * @param spdx its id ({@code LicenseRef-scancode-facebook-patent-rights-2}, or
     *     {@code LicenseRef-unknown-<file>} for a grant levermap does not know)
     * @param terminates whether the grant ends for whoever asserts a patent against the grantor
     * @param note what the grant says, in a sentence
     * @param evidence commit, path and the line of the termination clause
     */
    public record PatentGrant(
            @Required String spdx,
            Boolean terminates,
            String note,
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
