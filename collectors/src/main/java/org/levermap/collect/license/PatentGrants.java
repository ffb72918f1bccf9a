package org.levermap.collect.license;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a root {@code PATENTS} file: a patent grant beside the license (Facebook's "Additional
 * Grant of Patent Rights" beside the BSD License of React until 2017). It changes what the license
 * means: the grant ends for whoever asserts a patent against the grantor, which is a lever the
 * grantor holds. Facebook's version 2 gets ScanCode's id; any other grant is {@code LicenseRef-unknown-<file>}.
 */
final class PatentGrants {

    private static final Pattern FACEBOOK = Pattern.compile(
            "(?i)additional\\s+grant\\s+of\\s+patent\\s+rights(\\s+version\\s+(\\d+))?");
    private static final Pattern GRANT = Pattern.compile("(?i)\\bgrants?\\b[^.]{0,300}\\bpatent|\\bpatent[^.]{0,300}\\bgrant");
    private static final Pattern TERMINATION = Pattern.compile("(?i)\\bterminat\\w*\\b");
    private static final Pattern ASSERTION = Pattern.compile("(?i)patent\\s+(assertion|infringement|claim|litigation)|\\blawsuit\\b");

    /** How the note of a grant with a termination clause begins. */
    static final String TERMINATES = "the grant terminates";

    /** ScanCode's id of Facebook's "Additional Grant of Patent Rights Version 2". */
    static final String FACEBOOK_2 = "LicenseRef-scancode-facebook-patent-rights-2";

    private PatentGrants() {
    }

    /** Whether a root file of this name holds a patent grant ({@code PATENTS}, {@code PATENTS.md}…). */
    static boolean isPatentsFile(String name) {
        return name.toLowerCase(Locale.ROOT).matches("patents?(\\.(txt|md|markdown|rst))?");
    }

    /**
     * The grant a {@code PATENTS} file holds, as an identification whose one part says whether (and
     * where) the grant terminates on a patent assertion; empty when the file grants no patent.
     */
    static Optional<Identification> identify(String name, String text) {
        if (!GRANT.matcher(text).find()) {
            return Optional.empty();
        }
        Matcher facebook = FACEBOOK.matcher(text);
        boolean isFacebook = facebook.find() && text.toLowerCase(Locale.ROOT).contains("facebook");
        // ScanCode has a key for version 2 only; another version is named in the note, not given an id.
        String id = isFacebook && "2".equals(facebook.group(2)) ? FACEBOOK_2 : LicenseExpression.unknownId(name);
        int termination = terminationLine(text);
        String note = (isFacebook && !id.equals(FACEBOOK_2) ? "Facebook's " + facebook.group().strip() + ": " : "")
                + (termination > 0
                        ? TERMINATES + " for whoever asserts a patent against the grantor (line " + termination + ")"
                        : "a patent grant without a termination clause");
        Identification.Part part = new Identification.Part(id, 1.0, termination > 0 ? termination : 1,
                termination > 0 ? termination : 1, null, note);
        return Optional.of(new Identification(id, 1.0, List.of(part), CopyrightNotices.holders(text)));
    }

    /** The first line of a paragraph that ends the grant on a patent assertion, or 0. */
    private static int terminationLine(String text) {
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        int start = 0;
        for (int i = 0; i <= lines.length; i++) {
            if (i == lines.length || lines[i].isBlank()) {
                String paragraph = String.join(" ", List.of(lines).subList(start, i));
                if (TERMINATION.matcher(paragraph).find() && ASSERTION.matcher(paragraph).find()) {
                    return start + 1;
                }
                start = i + 1;
            }
        }
        return 0;
    }
}
