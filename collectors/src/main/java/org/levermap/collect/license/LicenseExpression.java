package org.levermap.collect.license;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Combines the identifications of a project's root license files into one expression. Files are
 * alternatives ({@code LICENSE-APACHE} and {@code LICENSE-MIT}: {@code Apache-2.0 OR MIT}), except
 * files scoped to a part of the project ({@code LICENSE-MODEL}, {@code LICENSE-DOCS}), whose
 * licenses apply as well ({@code AND}). The GPL text shipped beside the LGPL that refers to it
 * ({@code COPYING} and {@code COPYING.LESSER}) is the LGPL, not a choice between the two.
 */
final class LicenseExpression {

    /** The expression of a project with no license file. */
    static final String NONE = "none";

    private LicenseExpression() {
    }

    /**
     * One identified file.
     *
     * @param name file name
     * @param identification what it was identified as
     */
    record FileResult(String name, Identification identification) {
    }

    /**
     * The combined expression and its confidence (the lowest of the files that count).
     *
     * @param expression SPDX expression, {@code none} or {@code NOASSERTION}
     * @param confidence 0..1
     */
    record Combined(String expression, double confidence) {
    }

    static Combined combine(List<FileResult> files) {
        if (files.isEmpty()) {
            return new Combined(NONE, 1.0);
        }
        List<FileResult> identified = files.stream().filter(f -> f.identification().identified()).toList();
        if (identified.isEmpty()) {
            double best = files.stream().mapToDouble(f -> f.identification().confidence()).max().orElse(0);
            return new Combined(Identification.NOASSERTION, best);
        }
        Set<String> alternatives = new LinkedHashSet<>();
        Set<String> scoped = new LinkedHashSet<>();
        for (FileResult f : identified) {
            (LicenseFileNames.isScoped(f.name()) ? scoped : alternatives).add(f.identification().expression());
        }
        dropGplBesideLgpl(alternatives);
        List<String> terms = new ArrayList<>();
        if (!alternatives.isEmpty()) {
            terms.add(join(alternatives, " OR ", !scoped.isEmpty()));
        }
        for (String s : scoped) {
            if (!alternatives.contains(s) && !terms.contains(s)) {
                terms.add(s.contains(" ") ? "(" + s + ")" : s);
            }
        }
        String expression = terms.size() == 1 ? unwrap(terms.get(0)) : String.join(" AND ", terms);
        double confidence = identified.stream().mapToDouble(f -> f.identification().confidence()).min().orElse(0);
        return new Combined(expression, confidence);
    }

    private static void dropGplBesideLgpl(Set<String> ids) {
        // Only version 3 of the LGPL is written as additional permissions on top of the GPL's text.
        if (ids.stream().anyMatch(i -> i.startsWith("LGPL-3.0"))) {
            ids.removeIf(i -> i.startsWith("GPL-3.0"));
        }
    }

    private static String join(Set<String> parts, String operator, boolean parenthesise) {
        List<String> wrapped = new ArrayList<>();
        for (String p : parts) {
            wrapped.add(parts.size() > 1 && p.contains(" ") ? "(" + p + ")" : p);
        }
        String joined = String.join(operator, wrapped);
        return parenthesise && (parts.size() > 1 || joined.contains(" ")) ? "(" + joined + ")" : joined;
    }

    private static String unwrap(String s) {
        return s.startsWith("(") && s.endsWith(")") && s.indexOf(')') == s.length() - 1 ? s.substring(1, s.length() - 1) : s;
    }
}
