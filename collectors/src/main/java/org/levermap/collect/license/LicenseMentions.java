package org.levermap.collect.license;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds licenses named in prose rather than quoted ("Released under the MIT License", "licensed
 * under Apache 2.0", "GPLv3 or later", an SPDX id): what a README's license section or a
 * one-line license file says. A name is weaker evidence than a text, and is reported as such.
 */
final class LicenseMentions {

    /** Common ways of naming a license, to its SPDX id; versions without "or later" are "-only". */
    private static final List<Name> NAMES = List.of(
            name("\\bMIT\\b(?![-\\w])", "MIT"),
            name("(?i)\\bApache(\\s+Software)?(\\s+License)?,?\\s*(Version|v)?\\s*2(\\.0)?\\b", "Apache-2.0"),
            name("\\bISC\\b", "ISC"),
            name("(?i)\\bthe\\s+unlicense\\b|\\bUnlicense\\b", "Unlicense"),
            name("\\bCC0\\b", "CC0-1.0"),
            name("(?i)\\b(GNU\\s+)?Affero(\\s+General\\s+Public\\s+License)?,?\\s*(version|v)?\\s*3|\\bAGPL-?v?3", "AGPL-3.0"),
            name("(?i)\\b(GNU\\s+)?(Lesser|Library)\\s+General\\s+Public\\s+License,?\\s*(version|v)?\\s*3|\\bLGPL-?v?3", "LGPL-3.0"),
            name("(?i)\\b(GNU\\s+)?(Lesser|Library)\\s+General\\s+Public\\s+License,?\\s*(version|v)?\\s*2\\.1|\\bLGPL-?v?2\\.1",
                "LGPL-2.1"),
            name("(?i)\\b(GNU\\s+)?General\\s+Public\\s+License,?\\s*(version|v)?\\s*3|\\bGPL-?v?3", "GPL-3.0"),
            name("(?i)\\b(GNU\\s+)?General\\s+Public\\s+License,?\\s*(version|v)?\\s*2|\\bGPL-?v?2", "GPL-2.0"),
            name("(?i)\\bBSD[- ]3[- ]Clause\\b|\\b3-Clause\\s+BSD\\b|\\bNew\\s+BSD\\b|\\bModified\\s+BSD\\b", "BSD-3-Clause"),
            name("(?i)\\bBSD[- ]2[- ]Clause\\b|\\b2-Clause\\s+BSD\\b|\\bSimplified\\s+BSD\\b|\\bFreeBSD\\s+License\\b",
                "BSD-2-Clause"),
            name("(?i)\\bMozilla\\s+Public\\s+License,?\\s*(version|v)?\\s*2(\\.0)?\\b|\\bMPL[- ]?v?2(\\.0)?\\b", "MPL-2.0"),
            name("(?i)\\bEclipse\\s+Public\\s+License,?\\s*(version|v)?\\s*2(\\.0)?\\b|\\bEPL[- ]?v?2(\\.0)?\\b", "EPL-2.0"),
            name("(?i)\\bBoost\\s+Software\\s+License\\b", "BSL-1.0"),
            name("(?i)\\bzlib\\s+license\\b", "Zlib"),
            name("\\bWTFPL\\b", "WTFPL"),
            name("(?i)\\bEUPL[- ]?v?1\\.2\\b|\\bEuropean\\s+Union\\s+Public\\s+Licen[cs]e,?\\s*(version|v)?\\s*1\\.2\\b", "EUPL-1.2"));

    private static final Pattern FAMILY_WITH_VERSIONS = Pattern.compile("A?L?GPL-\\d\\.\\d+");
    private static final Pattern OR_LATER = Pattern.compile("(?i)^[\\s\\w.,()-]{0,40}?(or\\s+(\\(at\\s+your\\s+option\\)\\s+)?(any\\s+)?later|\\+)");
    private static final Pattern SPDX_ID = Pattern.compile("(?<![\\w.+-])[A-Za-z][A-Za-z0-9.+]*(-[A-Za-z0-9.+]+)+(?![\\w.+-])");

    private LicenseMentions() {
    }

    private record Name(Pattern pattern, String id) {
    }

    private static Name name(String regex, String id) {
        return new Name(Pattern.compile(regex), id);
    }

    /**
     * A license named in a text.
     *
     * @param id its SPDX id
     * @param line 1-based line of the text naming it
     * @param words the words naming it, as written
     */
    record Mention(String id, int line, String words) {
    }

    /** The licenses {@code text} names, in the order they first appear, each once. */
    static List<Mention> in(String text, LicenseCatalog catalog) {
        Map<String, Mention> found = new LinkedHashMap<>();
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            List<int[]> taken = new ArrayList<>();
            java.util.TreeMap<Integer, Mention> at = new java.util.TreeMap<>();
            for (Name e : NAMES) {
                Matcher m = e.pattern().matcher(line);
                while (m.find()) {
                    if (overlaps(taken, m.start(), m.end())) {
                        continue;
                    }
                    taken.add(new int[] {m.start(), m.end()});
                    at.put(m.start(), new Mention(versioned(e.id(), line.substring(m.end())), i + 1, m.group().strip()));
                }
            }
            Matcher id = SPDX_ID.matcher(line);
            while (id.find()) {
                String token = id.group().replaceAll("[.]+$", "");
                if (!overlaps(taken, id.start(), id.end()) && catalog.knows(token)) {
                    at.put(id.start(), new Mention(token, i + 1, token));
                }
            }
            at.values().forEach(m -> found.putIfAbsent(m.id(), m));
        }
        return new ArrayList<>(found.values());
    }

    /** GPL-family names get "-only" unless "or later" (or a "+") follows them. */
    private static String versioned(String id, String after) {
        if (!FAMILY_WITH_VERSIONS.matcher(id).matches()) {
            return id;
        }
        return id + (OR_LATER.matcher(after).find() ? "-or-later" : "-only");
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        return taken.stream().anyMatch(t -> start < t[1] && t[0] < end);
    }
}
