package org.levermap.model.change;

import org.levermap.model.assess.CitationText;
import java.util.List;
import org.levermap.model.LicenseChange;
import org.levermap.model.LicenseFacts;
import org.levermap.model.LicenseFamily;
import org.levermap.model.assess.Citation;
import org.levermap.model.license.OwnLicense;
import org.levermap.model.phrase.Arg;
import org.levermap.model.phrase.Phrase;

/**
 * A license change: a move to a more restrictive family, or the license disappearing, is an alert; a
 * license appearing is info; any other change of license (same family, a looser family, an unknown
 * family) is notable. Text edits that keep the license are not changes. A change only of the licenses
 * a REUSE folder declares for single files, the project's own license kept ({@link OwnLicense}), is
 * info: it is no change of the project's license.
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
        ChangeText why;
        if (absent(after.spdx())) {
            severity = Severity.ALERT;
            why = ChangeText.LICENSE_REMOVED;
        } else if (!absent(before.spdx()) && same(OwnLicense.of(before), OwnLicense.of(after))) {
            severity = Severity.INFO;
            why = ChangeText.FILE_LICENSES_CHANGED;
        } else if (absent(before.spdx())) {
            severity = Severity.INFO;
            why = ChangeText.LICENSE_ADDED;
        } else if (known(was) && known(is) && is.ordinal() > was.ordinal()) {
            severity = Severity.ALERT;
            why = ChangeText.LICENSE_MORE_RESTRICTIVE;
        } else if (known(was) && known(is) && is.ordinal() < was.ordinal()) {
            severity = Severity.NOTABLE;
            why = ChangeText.LICENSE_LESS_RESTRICTIVE;
        } else {
            severity = Severity.NOTABLE;
            why = ChangeText.LICENSE_CHANGED;
        }
        List<Citation> evidence = after.history().stream()
                .filter(c -> c != null && c.kind() == LicenseChange.Kind.CHANGE && step.within(c.date()))
                .map(c -> Citation.of(Phrase.of(CitationText.LICENSE_CHANGE).day("date", c.date()), c.evidence())).toList();
        Arg from = describe(before, was);
        Arg to = describe(after, is);
        return List.of(step.change(ChangeKind.LICENSE, severity, null, from, to,
                Phrase.of(why).with("from", license(from)).with("to", license(to)),
                evidence));
    }

    /** A license as described, or the statement that there is none. */
    private static Arg license(Arg described) {
        return described == null ? new Arg.Part(Phrase.of(ChangeText.NO_LICENSE)) : described;
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

    /** The expression with the family judged of it when known ("Apache-2.0 (permissive)"); null for none. */
    private static Arg describe(LicenseFacts license, LicenseFamily family) {
        if (absent(license.spdx())) {
            return null;
        }
        return family == null || family == LicenseFamily.UNKNOWN ? new Arg.Text(license.spdx())
                : new Arg.Part(Phrase.of(ChangeText.LICENSE_OF_FAMILY).text("license", license.spdx()).term("family", family));
    }
}
