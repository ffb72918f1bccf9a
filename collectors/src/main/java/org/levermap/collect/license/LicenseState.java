package org.levermap.collect.license;

import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.levermap.model.LicenseFacts;
import org.levermap.model.LicenseFamily;

/**
 * The license of the project at one commit: its root license files and what they add up to.
 *
 * @param expression SPDX expression, {@code none} without license files, {@code NOASSERTION} when
 *     none of them was identified
 * @param family family of the project's own license: the expression's, or the root files' alone when a
 *     REUSE folder adds licenses for the files that declare them
 * @param confidence lowest confidence of the files that count, 0..1
 * @param files the root license files, by path
 */
public record LicenseState(String expression, LicenseFamily family, double confidence, List<File> files) {

    /** The state of a project with no license file. */
    static final LicenseState NONE = new LicenseState(LicenseExpression.NONE, LicenseFamily.UNKNOWN, 1.0, List.of());

    public LicenseState {
        files = List.copyOf(files);
    }

    /**
     * One license file.
     *
     * @param path its path (a root file name)
     * @param blob its content
     * @param expression what it was identified as
     * @param confidence how closely, 0..1
     * @param holders copyright holders it names, with their lines
     * @param closest for a modified license, the license it modifies; else null
     * @param note what the identification rests on when it is not a plain match (a clause added, a
     *     README line, a patent grant's termination clause); else null
     * @param line the line {@code note} points to (a README's naming line, a termination clause), 0 if none
     */
    public record File(String path, ObjectId blob, String expression, double confidence, List<Holder> holders,
            String closest, String note, int line) {

        public File {
            holders = List.copyOf(holders);
        }

        /** A file matched as it is. */
        public File(String path, ObjectId blob, String expression, double confidence, List<Holder> holders) {
            this(path, blob, expression, confidence, holders, null, null, 0);
        }

        /** Whether this is a patent grant beside the license rather than a license file. */
        public boolean isPatentGrant() {
            return LicenseSources.role(path).orElse(null) == LicenseSources.Role.PATENTS;
        }

        /** Whether this is a patent grant that ends for whoever asserts a patent against the grantor. */
        public boolean terminates() {
            return isPatentGrant() && note != null && note.contains(PatentGrants.TERMINATES);
        }

        /** A file as identified. */
        static File of(String path, ObjectId blob, Identification id) {
            List<Holder> holders = id.holders().stream().map(h -> new Holder(h.name(), h.line())).toList();
            String closest = id.parts().stream().map(Identification.Part::closest).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(null);
            List<String> notes = id.parts().stream().map(Identification.Part::note).filter(java.util.Objects::nonNull)
                    .distinct().toList();
            LicenseSources.Role role = LicenseSources.role(path).orElse(LicenseSources.Role.LICENSE);
            boolean pointed = role == LicenseSources.Role.README || role == LicenseSources.Role.PATENTS;
            int line = pointed && !id.parts().isEmpty() ? id.parts().get(0).firstLine() : 0;
            String note = notes.isEmpty() ? null : String.join("; ", notes);
            if (id.expression().equals(LicenseExpression.NONE) && role == LicenseSources.Role.LICENSE) {
                note = LicenseFacts.LicenseFile.LEFT_OUT + "the file states no license (it is empty or holds only copyright notices)";
            }
            return new File(path, blob, id.expression(), id.confidence(), holders, closest, note, line);
        }

        /**
         * The license file of a component the project bundles ({@code COPYING.protobuf}), as identified:
         * no part of the project's license, and its copyright holders are the component's.
         */
        static File ofComponent(String path, ObjectId blob, Identification id, String component) {
            File read = of(path, blob, id);
            return new File(path, blob, read.expression(), read.confidence(), List.of(), read.closest(),
                    COMPONENT_NOTE + " (" + component + "), not the project's", 0);
        }
    }

    /** How the note of a bundled component's license file begins. */
    static final String COMPONENT_NOTE = LicenseFacts.LicenseFile.LEFT_OUT + "the license of a bundled component";

    /**
     * A copyright holder named in a license file.
     *
     * @param name as written, without years
     * @param line 1-based line of the notice
     */
    public record Holder(String name, int line) {
    }
}
