package org.levermap.collect.license;

import org.eclipse.jgit.lib.ObjectId;

/**
 * A change of the license files along the first-parent line.
 *
 * @param position first-parent position of the commit the change entered through
 * @param entered that commit
 * @param origin the commit that made the change: a commit of the merged branch when the change
 *     came through a merge, else {@code entered} itself
 * @param identityChanged whether the expression changed (else only the text did)
 * @param from expression before
 * @param to expression after
 * @param path the license file the change concerns (added, edited or removed)
 */
public record LicenseChangeRecord(
        int position,
        ObjectId entered,
        ObjectId origin,
        boolean identityChanged,
        String from,
        String to,
        String path) {

    /** Whether the change was made on another branch and merged. */
    public boolean merged() {
        return !origin.equals(entered);
    }
}
