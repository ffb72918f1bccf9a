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
     * @param own the project's own license: the root files' expression, without the licenses a REUSE
     *     folder adds for the files that declare them (whose family is not the project's: curl's
     *     {@code GPL-3.0} of a few build files); the whole expression otherwise
     */
    record Combined(String expression, double confidence, String own) {

        Combined(String expression, double confidence) {
            this(expression, confidence, expression);
        }
    }

    /**
     * Combines a project's files (their paths give their {@link LicenseSources.Role roles}): the root
     * license files make the expression; licenses of the REUSE {@code LICENSES/} folder that it does
     * not name yet are added with {@code AND} (they apply to the files that declare them), grouped as
     * the REUSE configuration declares them; the
     * README's license section counts only when neither exists; a {@code PATENTS} grant is no part
     * of the expression.
     */
    static Combined combine(List<FileResult> files) {
        List<FileResult> roots = new ArrayList<>();
        List<FileResult> reuse = new ArrayList<>();
        List<FileResult> readme = new ArrayList<>();
        List<String> declared = new ArrayList<>();
        for (FileResult f : files) {
            switch (LicenseSources.role(f.name()).orElse(LicenseSources.Role.LICENSE)) {
                case LICENSE -> roots.add(f);
                case REUSE -> reuse.add(f);
                case README -> readme.add(f);
                case REUSE_CONFIG -> f.identification().parts().forEach(p -> declared.add(p.id()));
                case PATENTS -> {
                    // Recorded beside the license, not part of it.
                }
            }
        }
        Combined combined = combineRoots(roots);
        List<FileResult> reuseIdentified = reuse.stream().filter(f -> f.identification().identified()).toList();
        if (!reuseIdentified.isEmpty() || !declared.isEmpty()) {
            return withReuse(combined, declared, reuseIdentified);
        }
        if (combined.expression().equals(NONE) && !readme.isEmpty()
                && !readme.get(0).identification().expression().equals(NONE)) {
            Identification r = readme.get(0).identification();
            return new Combined(r.expression(), r.confidence());
        }
        return combined;
    }

    /** The id an unidentified license file is kept under: {@code LicenseRef-unknown-<file name>}. */
    static String unknownId(String fileName) {
        return "LicenseRef-unknown-" + fileName.replaceAll("[^A-Za-z0-9.-]", "-");
    }

    /**
     * The root expression with the REUSE licenses it does not name: first the root's expression, then
     * the expressions the REUSE configuration declares (they say which licenses are alternatives), then
     * the folder's other licenses, each with {@code AND}. The root's expression is the project's own.
     */
    private static Combined withReuse(Combined root, List<String> declared, List<FileResult> reuse) {
        boolean hasRoot = !root.expression().equals(NONE) && !root.expression().equals(Identification.NOASSERTION);
        List<String> terms = new ArrayList<>();
        if (hasRoot) {
            terms.add(root.expression().contains(" ") ? "(" + root.expression() + ")" : root.expression());
        }
        double confidence = hasRoot ? root.confidence() : 1.0;
        for (String e : declared) {
            List<String> ids = List.of(e.replace("(", " ").replace(")", " ").trim().split(" +")).stream()
                    .filter(t -> !List.of("AND", "OR", "WITH").contains(t)).toList();
            if (!ids.stream().allMatch(id -> mentions(terms, id))) {
                terms.add(e.contains(" ") ? "(" + e + ")" : e);
            }
        }
        for (FileResult f : reuse) {
            for (Identification.Part p : f.identification().parts()) {
                if (!mentions(terms, p.id())) {
                    terms.add(p.id());
                    confidence = Math.min(confidence, p.score());
                }
            }
        }
        String expression = terms.size() == 1 ? unwrap(terms.get(0)) : String.join(" AND ", terms);
        // The root's expression stays the first term (in parentheses when compound): the assessment reads
        // it back as the project's own license (org.levermap.model.license.OwnLicense).
        return new Combined(expression, confidence, hasRoot ? root.expression() : expression);
    }

    private static boolean mentions(List<String> terms, String id) {
        return terms.stream().anyMatch(t -> List.of(t.replace("(", " ").replace(")", " ").split(" ")).contains(id));
    }

    private static Combined combineRoots(List<FileResult> all) {
        // A file that states no license (empty, or only copyright notices) is left out.
        List<FileResult> files = all.stream().filter(f -> !f.identification().expression().equals(NONE)).toList();
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
            terms.add(join(alternatives, " OR ", !scoped.isEmpty() || identified.size() < files.size()));
        }
        for (String s : scoped) {
            if (!alternatives.contains(s) && !terms.contains(s)) {
                terms.add(s.contains(" ") ? "(" + s + ")" : s);
            }
        }
        double confidence = identified.stream().mapToDouble(f -> f.identification().confidence()).min().orElse(0);
        // A license file beside them that matches nothing is kept, not dropped: its terms may apply too.
        for (FileResult f : files) {
            if (!f.identification().identified()) {
                terms.add(unknownId(f.name()));
                confidence = Math.min(confidence, f.identification().confidence());
            }
        }
        String expression = terms.size() == 1 ? unwrap(terms.get(0)) : String.join(" AND ", terms);
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
