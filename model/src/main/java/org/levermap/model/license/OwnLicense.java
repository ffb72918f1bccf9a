package org.levermap.model.license;

import java.util.Locale;
import org.levermap.model.LicenseFacts;

/**
 * The project's own license within its license facts. A REUSE {@code LICENSES/} folder holds every
 * license any file declares. Beside a root license file the collector writes the root files'
 * expression first (in parentheses when compound) and the folder's other licenses after it with
 * {@code AND}: those cover the files that declare them (curl's GPL-3.0 for a few build scripts) and do
 * not make the project copyleft. So the own license is that first term when the files include the
 * REUSE folder or its configuration and an identified root license file; else the whole expression.
 */
public final class OwnLicense {

    private OwnLicense() {
    }

    /** The own license of {@code license}: its expression, or the root files' part of it (see above); null for null. */
    public static String of(LicenseFacts license) {
        if (license == null || license.spdx() == null) {
            return null;
        }
        boolean reuse = false;
        boolean root = false;
        for (LicenseFacts.LicenseFile f : license.files()) {
            String path = f == null || f.evidence() == null ? null : f.evidence().path();
            if (path == null) {
                continue;
            }
            reuse |= path.startsWith("LICENSES/") || path.equals("REUSE.toml") || path.equals(".reuse/dep5");
            root |= isRootLicense(path) && identified(f);
        }
        return reuse && root ? firstTerm(license.spdx()) : license.spdx();
    }

    private static boolean isRootLicense(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return !path.contains("/") && !lower.startsWith("readme") && !lower.equals("reuse.toml")
                && !lower.startsWith("patents");
    }

    /**
     * Whether the file's license is part of the expression: identified, and not left out (a file stating
     * no license, a bundled component's license, whose collector note begins so): a root file alone of
     * that kind means the collector wrote no root term first.
     */
    private static boolean identified(LicenseFacts.LicenseFile f) {
        String spdx = f.spdx();
        return spdx != null && !spdx.equalsIgnoreCase("NOASSERTION") && !spdx.equalsIgnoreCase("none") && !f.leftOut();
    }

    /** The first top-level {@code AND} term, its parentheses removed: {@code (A OR B) AND C} gives {@code A OR B}. */
    static String firstTerm(String expression) {
        String e = expression.strip();
        if (e.startsWith("(")) {
            int depth = 0;
            for (int i = 0; i < e.length(); i++) {
                char c = e.charAt(i);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (depth == 0) {
                    String rest = e.substring(i + 1).strip();
                    return rest.isEmpty() || rest.regionMatches(true, 0, "AND ", 0, 4) ? e.substring(1, i).strip() : e;
                }
            }
            return e;
        }
        int space = e.indexOf(' ');
        if (space < 0) {
            return e;
        }
        String rest = e.substring(space + 1);
        // "A WITH E AND B": the first term keeps its exception; "A OR B AND C" has no first AND term.
        if (rest.regionMatches(true, 0, "WITH ", 0, 5)) {
            String[] words = rest.split("\\s+", 3);
            return words.length < 3 || words[2].regionMatches(true, 0, "AND ", 0, 4)
                    ? e.substring(0, space) + " WITH " + words[1] : e;
        }
        return rest.regionMatches(true, 0, "AND ", 0, 4) ? e.substring(0, space) : e;
    }
}
