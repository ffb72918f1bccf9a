package org.levermap.collect.license;

import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.levermap.model.LicenseFamily;

/**
 * The license of the project at one commit: its root license files and what they add up to.
 *
 * @param expression SPDX expression, {@code none} without license files, {@code NOASSERTION} when
 *     none of them was identified
 * @param family family of the expression
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
     */
    public record File(String path, ObjectId blob, String expression, double confidence, List<Holder> holders) {

        public File {
            holders = List.copyOf(holders);
        }
    }

    /**
     * A copyright holder named in a license file.
     *
     * @param name as written, without years
     * @param line 1-based line of the notice
     */
    public record Holder(String name, int line) {
    }
}
