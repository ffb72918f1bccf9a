package org.levermap.collect.license;

import org.levermap.model.LicenseFamily;
import org.levermap.model.license.LicenseExpressions;

/**
 * The collectors' door to the one id-to-family table and expression rule, which live in the model so
 * that the build-time assessment reads licenses exactly as the collectors sorted them.
 */
final class LicenseFamilies {

    private LicenseFamilies() {
    }

    /** The family of one license id. */
    static LicenseFamily of(String id) {
        return org.levermap.model.license.LicenseFamilies.of(id);
    }

    /** The family of an expression: {@code OR} its least restrictive choice, {@code AND} its most restrictive term. */
    static LicenseFamily ofExpression(String expression) {
        return LicenseExpressions.family(expression);
    }
}
