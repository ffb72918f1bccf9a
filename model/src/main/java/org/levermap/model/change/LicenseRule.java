package org.levermap.model.change;

import java.util.List;
import org.levermap.model.LicenseChange;
import org.levermap.model.LicenseFacts;
import org.levermap.model.LicenseFamily;
import org.levermap.model.license.LicenseExpressions;
import org.levermap.model.assess.Citation;

/**
 * A license change: a move to a more restrictive family, or the license disappearing, is an alert; a
 * license appearing is info; any other change of license (same family, a looser family, an unknown
 * family) is notable. Text edits that keep the license are not changes.
 */
final class LicenseRule implements ChangeRule {

    @Override
    public List<Change> changes(Step step) {
        LicenseFacts before = step.before().license();
        LicenseFacts after = step.after().license();
        if (before == null || after == null || same(before.spdx(), after.spdx())) {
            return List.of();
        }
        // The families as the assessment judged them (an expression's OR and AND), not as stored.
        LicenseFamily was = step.was().licenseFamily();
        LicenseFamily is = step.is().licenseFamily();
        Severity severity;
        String why;
        if (absent(after.spdx())) {
            severity = Severity.ALERT;
            why = "the license was removed: all rights are reserved";
        } else if (absent(before.spdx())) {
            severity = Severity.INFO;
            why = "a license was added";
        } else if (known(was) && known(is) && is.ordinal() > was.ordinal()) {
            severity = Severity.ALERT;
            why = "the license moved to a more restrictive family";
        } else if (known(was) && known(is) && is.ordinal() < was.ordinal()) {
            severity = Severity.NOTABLE;
            why = "the license moved to a less restrictive family";
        } else {
            severity = Severity.NOTABLE;
            why = "the license changed";
        }
        List<Citation> evidence = after.history().stream()
                .filter(c -> c != null && c.kind() == LicenseChange.Kind.CHANGE && step.within(c.date()))
                .map(c -> Citation.of("License change " + c.date(), c.evidence())).toList();
        String from = describe(before);
        String to = describe(after);
        return List.of(step.change(ChangeKind.LICENSE, severity, null, from, to,
                capitalised(why) + ": " + from + " → " + to + ".", evidence));
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    static boolean absent(String spdx) {
        return spdx == null || spdx.equalsIgnoreCase("NONE");
    }

    private static boolean known(LicenseFamily family) {
        return family != null && family != LicenseFamily.UNKNOWN;
    }

    private static String describe(LicenseFacts license) {
        if (absent(license.spdx())) {
            return "none";
        }
        LicenseFamily family = LicenseExpressions.family(license.spdx());
        return family == LicenseFamily.UNKNOWN ? license.spdx() : license.spdx() + " (" + family.keyword() + ")";
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
