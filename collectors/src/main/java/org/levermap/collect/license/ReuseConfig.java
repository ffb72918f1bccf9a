package org.levermap.collect.license;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the license expressions a REUSE project declares for groups of its files: the
 * {@code SPDX-License-Identifier} values of {@code REUSE.toml} and the {@code License:} fields of
 * the older {@code .reuse/dep5}. They say how the licenses of the {@code LICENSES/} folder combine
 * ({@code MIT OR Apache-2.0} rather than both); values that do not read as SPDX expressions are
 * ignored (the file is the project's own text).
 */
final class ReuseConfig {

    private static final Pattern TOML = Pattern.compile("(?m)^\\s*SPDX-License-Identifier\\s*=\\s*\"([^\"\\n]+)\"");
    private static final Pattern DEP5 = Pattern.compile("(?m)^License:[ \\t]*([^\\n]+?)\\s*$");
    private static final Pattern EXPRESSION = Pattern.compile(
            "\\(?[A-Za-z0-9.+:-]+\\)?( +(AND|OR|WITH) +\\(?[A-Za-z0-9.+:-]+\\)?){0,8}");

    private ReuseConfig() {
    }

    /** Whether a path is a REUSE configuration file. */
    static boolean isConfig(String path) {
        return path.equals("REUSE.toml") || path.equals(".reuse/dep5");
    }

    /** The distinct expressions declared, in order, each with the 1-based line of its first declaration. */
    static Map<String, Integer> expressions(String path, String text) {
        Matcher m = (path.endsWith("dep5") ? DEP5 : TOML).matcher(text);
        Map<String, Integer> out = new LinkedHashMap<>();
        while (m.find()) {
            String e = m.group(1).strip();
            if (EXPRESSION.matcher(e).matches()) {
                out.putIfAbsent(e, line(text, m.start(1)));
            }
        }
        return out;
    }

    /** The declarations as an identification, one part per expression; empty parts when it declares none. */
    static Identification identify(String path, String text) {
        List<Identification.Part> parts = new ArrayList<>();
        expressions(path, text).forEach((e, line) -> parts.add(new Identification.Part(e, 1.0, line, line, null,
                "declared in " + path + " (line " + line + ")")));
        String expression = parts.isEmpty() ? LicenseExpression.NONE
                : String.join(" AND ", parts.stream().map(p -> p.id().contains(" ") ? "(" + p.id() + ")" : p.id()).toList());
        return new Identification(expression, 1.0, parts, List.of());
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
